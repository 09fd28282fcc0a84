def sub(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def main():
    t1 = yield from sub(3)
    t2 = yield from sub(2)
    return t1, t2
g = main()
v = next(g)
try:
    while True:
        v = g.send(v + 1)
except StopIteration as e:
    print(e.value)
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
