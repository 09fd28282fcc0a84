class Meta(type):
    def __getattr__(cls, name):
        return 'meta getattr ' + name
    def __iter__(cls):
        return iter(cls.members)
    def __len__(cls):
        return len(cls.members)
    def __getitem__(cls, k):
        return cls.members[k]
    def __contains__(cls, x):
        return x in cls.members
    def __repr__(cls):
        return '<Enum %s>' % cls.__name__
class Color(metaclass=Meta):
    members = ['red', 'green']
print(Color.anything, list(Color), len(Color), Color[1], 'red' in Color, repr(Color), Color)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return 'Point(x=%r, y=%r)' % self
p = Point(1, 2)
print(p, p.x, p.y, p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
try:
    p.z = 3
except AttributeError as e:
    print(e)
class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit', a[0])
        return True
with CM() as c:
    raise ValueError
print('after')
class Prop(property):
    pass
class U:
    @Prop
    def v(self):
        return 'v'
print(U().v, type(U.__dict__['v']).__name__)
class WithWeak:
    __slots__ = ('a', '__weakref__')
w = WithWeak()
print(w.__weakref__)
print(int.__dict__['__add__'].__get__(3)(4))
class S(str):
    pass
s = S('abc')
s.attr = 1
print(s, s.attr, s.upper(), len(s), s[1])
class B(bytes):
    pass
b = B(b'xy')
b.q = 5
print(b, b.q)
import gc; gc.collect()
print(s.attr, b.q, p.x)
class Fr:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __add__(self, o):
        if isinstance(o, int):
            o = Fr(o, 1)
        return Fr(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __eq__(self, o):
        return self.n * o.d == o.n * self.d
    def __repr__(self):
        return f'{self.n}/{self.d}'
print(Fr(1, 2) + Fr(1, 3), 1 + Fr(1, 2), Fr(1, 2) + 1, Fr(1, 2) == Fr(2, 4), sum([Fr(1, 2)] * 3, Fr(0, 1)))
