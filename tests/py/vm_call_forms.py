def f(*args, **kw):
    return args, sorted(kw.items())
print(f(1, 2, x=3))
print(f(*[1, 2], *(3,), **{"a": 1}, b=2))
print(f(*"ab", **dict(c=3)))
print(f())
args = (1, 2)
kwargs = {"k": "v"}
print(f(0, *args, 9, **kwargs))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*(1, 2, 3)), g(1, *(2, 3)), g(**{"a": 1, "b": 2, "c": 3}), g(1, c=3, b=2))
print(max(*[3, 1, 2]), print(*[1, 2], sep="-"))
m = [3, 1, 2]
m.sort(reverse=True)
print(m)
class C:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(C()(1, x=2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
def deco(fn):
    def wrapper(*a, **k):
        return "wrapped " + str(fn(*a, **k))
    return wrapper
@deco
def target(x, y=1):
    return x + y
print(target(1), target(1, y=5))
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    (5)()
except TypeError as e:
    print(e)
