# Closures, nonlocal, decorators with arguments, and functions as values.
def make_counter():
    n = 0

    def inc(by=1):
        nonlocal n
        n += by
        return n

    def get():
        return n

    return inc, get


inc, get = make_counter()
inc()
inc(5)
print(get())


def memo(f):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]

    wrapper.cache = cache
    wrapper.__name__ = f.__name__
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), fib.__name__)


def repeat(times):
    def deco(f):
        def run(*a, **k):
            return [f(*a, **k) for _ in range(times)]

        return run

    return deco


@repeat(3)
def greet(name, punct="!"):
    return "hi " + name + punct


print(greet("ann"), greet("bob", punct="?"))
adders = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in late])


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x

    return run


print(compose(str, abs, lambda v: v * 3)(-7))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x

        return inner()

    return middle()


print(outer())
kw = dict(sep="-", end="|\n")
print("a", "b", "c", **kw)


def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, f=7))
print(f(*[1, 2], **{"c": 9, "z": 0}))
