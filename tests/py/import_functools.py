from functools import *
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p = partial(pow, 2)
print(p(10), partial(p, 3)(), p.func is pow, p.args)
def greet(greeting, name='x', punct='!'):
    return greeting + ' ' + name + punct
g = partial(greet, 'hi', punct='?')
print(g('bob'), g(name='al', punct='.'), g.keywords)
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def documented(x):
    """Doc string."""
    return x
print(documented.__name__, documented.__doc__, documented(5), documented.__wrapped__.__name__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@cache
def ident(x):
    return x
print(ident(3), ident(3), ident.cache_info().hits)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2))
class C:
    @cached_property
    def val(self):
        print('computing')
        return 42
c = C()
print(c.val, c.val)
