from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
try:
    Sq(2)
except TypeError as e:
    print(e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
s = Sq2(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), sorted(Shape.__abstractmethods__), Sq2.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Impl(Base):
    @property
    def name(self): return "impl"
    @classmethod
    def make(cls): return cls()
print(Impl.make().name, sorted(Base.__abstractmethods__))
class Reg(ABC):
    pass
t0 = get_cache_token()
Reg.register(int)
@Reg.register
class Foo: pass
print(isinstance(1, Reg), issubclass(bool, Reg), isinstance(Foo(), Reg), isinstance("x", Reg), issubclass(Foo, Reg), get_cache_token() > t0)
print(Reg.register(int) is int)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook))
try:
    Reg.register(5)
except TypeError as e:
    print("TypeError", e)
print(type(ABC), ABC.__mro__, Shape.__mro__[-2:])
