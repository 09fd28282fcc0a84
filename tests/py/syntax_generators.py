def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print('got', x)
    return 'done'
g = gen(3)
print(next(g), g.send('hello'), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
def deleg():
    r = yield from gen(2)
    print('result', r)
    yield 'end'
print(list(deleg()))
def inf():
    n = 0
    while True:
        yield n
        n += 1
it = inf()
print([next(it) for _ in range(5)])
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
w = with_finally()
print(next(w))
w.close()
print(gen.__code__.co_flags & 0x20 != 0)
