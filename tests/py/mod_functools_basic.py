import functools
from functools import reduce, partial, wraps, update_wrapper, total_ordering, cmp_to_key
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
p = partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords, repr(partial(max, 1, key=abs))[:30])
pp = partial(partial(lambda *a, **k: (a, k), 1, x=1), 2, y=2)
print(pp(3, z=3), pp.args)
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        "wrapper doc"
        return f(*a, **k)
    return wrapper
@deco
def hello(name):
    "Say hello."
    return "hi " + name
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
