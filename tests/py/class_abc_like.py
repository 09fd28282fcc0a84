def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class ABCMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        abstracts = {n for n, v in ns.items() if getattr(v, '__isabstractmethod__', False)}
        for b in bases:
            for n in getattr(b, '__abstractmethods__', set()):
                if getattr(getattr(cls, n, None), '__isabstractmethod__', False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def name(self):
        pass
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return 'square'
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.area(), sq.name(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Shape.area, type(abstractmethod)), property(Shape.area).__isabstractmethod__)
print(staticmethod(Shape.area).__isabstractmethod__, classmethod(Square.area).__isabstractmethod__)
