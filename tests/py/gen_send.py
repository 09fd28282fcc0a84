def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = acc()
print(g.send(None))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g2 = acc()
try:
    g2.send(1)
except TypeError as e:
    print(e)
def echo():
    x = None
    while True:
        x = yield x
g3 = echo()
next(g3)
print([g3.send(i) for i in range(3)])
