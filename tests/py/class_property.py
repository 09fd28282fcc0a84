class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)

def getx(self):
    return 'x!'
class Q:
    x = property(getx, doc='the x')
    y = property()
print(Q().x, Q.x.__doc__)
try:
    Q().y
except AttributeError as e:
    print(e)
prop = property(lambda self: 1)
class Z:
    pass
Z.p = prop
try:
    Z().p = 3
except AttributeError as e:
    print(e)
print(Z().p)
p2 = Q.x.getter(lambda self: 'new')
print(p2.__get__(Q()), p2 is Q.x)
