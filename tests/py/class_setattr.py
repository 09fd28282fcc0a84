class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f'frozen: {name}')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name}')

f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(e)
try:
    del f.x
except AttributeError as e:
    print(e)

class Recorder:
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)

r = Recorder()
r.a = 5
print(r.a)
del r.a
print(hasattr(r, 'a'))
setattr(r, 'b', 1)
print(r.b)
delattr(r, 'b')
try:
    delattr(r, 'b')
except AttributeError as e:
    print(e)
class P:
    pass
p = P()
try:
    del p.nothing
except AttributeError as e:
    print(e)
try:
    setattr(p, 3, 4)
except TypeError as e:
    print(e)
try:
    getattr(p, 3)
except TypeError as e:
    print(e)
