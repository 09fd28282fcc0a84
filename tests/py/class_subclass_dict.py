class DefaultDict(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)

d = DefaultDict(a=1)
print(d['a'], d['zz'], len(d), isinstance(d, dict))

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

a = AttrDict()
a.x = 1
a['y'] = 2
print(a.x, a.y, sorted(a.items()))
try:
    a.nothing
except AttributeError as e:
    print('AttributeError', e)

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['a'] = 1
print(u, type(u).__name__)
print(dict(u), Upper.fromkeys('ab'))
