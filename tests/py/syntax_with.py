class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('b'), CM('c') as y:
    print('body2', y)
with CM('d', suppress=True):
    raise ValueError('swallowed')
print('after')
try:
    with CM('e'):
        raise KeyError('k')
except KeyError:
    print('propagated')
def f():
    with CM('f'):
        return 'ret'
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
with (CM('p1') as p1, CM('p2') as p2):
    print(p1, p2)
