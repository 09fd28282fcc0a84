class G:
    a = 1
    def __init__(self):
        self.b = 2
    def __getattr__(self, name):
        if name.startswith('dyn'):
            return name.upper()
        raise AttributeError(f'no {name}')

g = G()
print(g.a, g.b, g.dyn_x)
print(getattr(g, 'dynamic'), hasattr(g, 'dyn'), hasattr(g, 'zzz'))
try:
    g.zzz
except AttributeError as e:
    print(e)
print(getattr(g, 'zzz', 'default'))

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(2))

class Sub(G):
    pass
print(Sub().dyn_sub)

class Late:
    pass
Late.__getattr__ = lambda self, n: 'late ' + n
print(Late().anything)
del Late.__getattr__
try:
    Late().anything
except AttributeError as e:
    print(e)
