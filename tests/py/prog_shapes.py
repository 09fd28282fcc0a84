# Abstract-ish base classes, polymorphism, __slots__, class attributes and dunders.
import math


class Shape:
    sides = 0

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def describe(self):
        return "%s with %d sides and area %.3f" % (type(self).__name__, self.sides, self.area())

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()

    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 6)))


class Circle(Shape):
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Square(2)]
for s in sorted(shapes):
    print(s.describe())
print(len(set(shapes)), Square(2) == Square(2), Square(2) == Rect(2, 2))
print([type(s).__mro__[1].__name__ for s in shapes])
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Circle(1).color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Rect(1, 1), "__dict__"), hasattr(Circle(1), "__dict__"))
print(round(sum(s.area() for s in shapes), 4), math.floor(Circle(3).area()), math.sqrt(16))
