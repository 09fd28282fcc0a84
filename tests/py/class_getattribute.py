class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)

l = Logged()
print(l.x, l.secret)
try:
    l.missing
except AttributeError as e:
    print(e)

class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('boom!')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
b = Both()
print(b.boom, b.other)

class Counter:
    def __init__(self):
        object.__setattr__(self, 'n', 0)
    def __getattribute__(self, name):
        object.__setattr__(self, 'n', object.__getattribute__(self, 'n') + 1)
        return object.__getattribute__(self, name)
c = Counter()
c.n; c.n
print(object.__getattribute__(c, 'n'))
