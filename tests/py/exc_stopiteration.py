e = StopIteration(5)
print(e.value, e.args)
print(StopIteration().value)
e = StopIteration(1, 2)
print(e.value)
def gen():
    yield 1
    return 'result'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print('empty', e.value, e.args)
s = SystemExit()
print(s.code, SystemExit(3).code, SystemExit(1, 2).code)
print(issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception))
