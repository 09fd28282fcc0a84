from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]))
print(p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), len(p), list(p))
x, y = p
print(x + y, Point(y=7, x=8), Point.__name__, repr(Point))
P3 = namedtuple("P3", "a b c", defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple("R", ["abc", "def", "abc", "_x"], rename=True)
print(R._fields)
S = namedtuple("S", "a, b")
print(S(1, b=2), S._fields)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
try:
    namedtuple("Bad", ["1x"])
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", ["def"])
except ValueError as e:
    print("ValueError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
print(v, v.norm2(), v + (1,), p * 2, sorted([Point(2, 1), Point(1, 2)]))
print(Point.x.__doc__ if hasattr(Point.x, "__doc__") else None)
