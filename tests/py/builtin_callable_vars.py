class C:
    def __init__(self):
        self.x = 1
    def m(self):
        pass
class D:
    def __call__(self):
        return 1
print(callable(len), callable(C), callable(C().m), callable(1), callable(D()), callable(lambda: 0), callable('s'))
print(vars(C()), sorted(k for k in vars(C) if not k.startswith('__')))
def f():
    a = 1
    b = 2
    return sorted(vars())
print(f())
def g():
    z = 3
    return locals()
print(g())
print('__name__' in globals(), globals()['__name__'])
try:
    vars(1)
except TypeError as e:
    print(e)
try:
    callable()
except TypeError as e:
    print(e)
