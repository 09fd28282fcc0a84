class Outer:
    """Doc of Outer."""
    class Inner:
        pass
    def method(self):
        pass

print(Outer.__name__, Outer.__qualname__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.__doc__)
print(Outer.__module__, Outer.__bases__, Outer.__base__)
print(type(Outer.__dict__).__name__, 'method' in Outer.__dict__, Outer.__dict__['__doc__'])
try:
    Outer.__dict__['x'] = 1
except TypeError as e:
    print(e)
Outer.__name__ = 'Renamed'
print(Outer.__name__, Outer.__qualname__)
Outer.__qualname__ = 'Q.R'
print(Outer.__qualname__, repr(Outer))
try:
    Outer.__name__ = 5
except TypeError as e:
    print(e)
print(object.__bases__, object.__base__, int.__base__, bool.__mro__)
print(int.__name__, int.__qualname__, int.__module__)
print(type.__name__, type(type) is type, type.__base__)
try:
    int.foo = 1
except TypeError as e:
    print(e)
try:
    del int.real
except TypeError as e:
    print(e)
print(Outer.mro() == list(Outer.__mro__))
print(sorted(k for k in vars(Outer) if not k.startswith('__')))
