class P(tuple):
    def sum(self):
        return sum(self)
p = P([1, 2, 3])
print(p, len(p), p.sum(), p[1], p[1:], type(p[1:]).__name__, isinstance(p, tuple))
print(p == (1, 2, 3), hash(p) == hash((1, 2, 3)), p + (4,))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % self
pt = Point(3, 4)
print(pt, pt.x, pt[1], tuple(pt), list(pt))
pt2 = Point(5, 6)
pt2.extra = 1
print(pt2.extra, pt2)
