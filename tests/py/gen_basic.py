def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)))
g = gen(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def ret():
    yield 1
    return "done"
g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)
print(sum(x for x in range(10)))
g = gen(2)
print(iter(g) is g, type(g).__name__)
print(repr(g).startswith("<generator object gen at 0x"))
def empty():
    return
    yield
print(list(empty()))
