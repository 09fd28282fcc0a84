from functools import lru_cache, cache, cached_property
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def f(a, b=1):
    return a + b
print(f(1), f(1, b=1), f(1, 1), f.cache_info().hits, f.cache_info().misses)
@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C(); print(c.val, c.val, c.n); del c.val; print(c.val)
print(sq.__wrapped__(5), sq.__name__)
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
