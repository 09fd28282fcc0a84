def g():
    x = yield
    print('x', x)
    y = (yield 1) + 10
    print('y', y)
    yield x, y
it = g()
next(it)
print(it.send(5))
print(it.send(7))
def h():
    yield from range(3)
    yield from 'ab'
print(list(h()))
