def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration:
    print("done")
def flat(lst):
    for x in lst:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, 4]], 5])))
def from_iter():
    yield from range(3)
    yield from "ab"
    r = yield from []
    print("empty returns", r)
print(list(from_iter()))
