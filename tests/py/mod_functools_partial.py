from functools import partial, reduce, wraps, total_ordering, cmp_to_key, update_wrapper
p = partial(max, 1, key=abs)
print(repr(p).replace(repr(max), "MAX"), p(-5, 3))
def f(a, b, c=3): return (a, b, c)
p2 = partial(f, 1, c=9)
print(p2(2), p2(2, c=0), p2.func.__name__, p2.args, p2.keywords)
class A:
    m = partial(f, 0)
print(A.m(5))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
try:
    partial()
except TypeError as e:
    print("TypeError", e)
print(reduce(lambda acc, x: acc * x, range(1, 6)), reduce(lambda a, b: a + b, ["a", "b"], "z"))
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(N(1) < N(2), N(2) <= N(2), N(3) >= N(4))
try:
    @total_ordering
    class Bad: pass
except ValueError as e:
    print("ValueError", e)
k = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(k(1) < k(2), k(2) == k(2), sorted([3, 1, 2], key=k))
def outer(): pass
def inner(): pass
update_wrapper(inner, outer)
print(inner.__name__, inner.__wrapped__ is outer)
print(hash(partial(f, 1)) is not None, callable(p2), type(p2).__name__)
