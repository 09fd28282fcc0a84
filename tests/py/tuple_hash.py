print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(("a", 1)) == hash(("a", 1)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True, 0)) == hash((1, False)))
print(hash((-1,)), hash((-2,)), hash((0, 0)), hash(((1, 2), (3, 4))))
print(hash((10**20, -10**20)), hash((1.5, 2.25)), hash((None is None,)))
d = {(1, 2): "a", (1, 2.0): "b"}
print(d)
s = {(1, 2), (1.0, 2.0), (2, 1)}
print(len(s))
try:
    hash((1, []))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {}): 1}
except TypeError as e:
    print(type(e).__name__, e)
