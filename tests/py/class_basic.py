class Point:
    """A point."""
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.count)
q = Point(1, 2)
print(Point.count, q.norm2())
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
print(Point.norm2(p))
p.z = 10
print(sorted(p.__dict__.items()))
del p.z
print(sorted(p.__dict__))
print(hasattr(p, 'z'), getattr(p, 'z', 'dflt'))
print(repr(Point).startswith("<class '__main__.Point'>"))
print(str(p).startswith('<__main__.Point object at 0x'))
