# assorted object-model behaviours
class A:
    x = 1
a = A()
print(A.__dict__['x'], a.__class__.__name__, a.__class__.__class__.__name__)
print(type(A.__dict__['__dict__']).__name__, type(A.__dict__['__weakref__']).__name__)
print(A.__dict__['__dict__'].__get__(a) == {}, a.__dict__ is a.__dict__)
a.__dict__['y'] = 2
print(a.y, vars(a))
print(object.__getattribute__(a, 'x'), object.__getattribute__(a, 'y'))
object.__setattr__(a, 'z', 3)
object.__delattr__(a, 'y')
print(vars(a))
try:
    object.__setattr__(1, 'x', 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(type.__getattribute__(A, 'x'), type.__dict__['__name__'].__get__(A))
print(A.__name__, getattr(A, '__name__'), A.__dict__.get('__name__'))
class B(A):
    pass
print(B.x, B.__dict__.get('x'), 'x' in dir(B))
B.x = 5
print(B.x, A.x)
del B.x
print(B.x)
try:
    del B.x
except AttributeError as e:
    print(e)
print(repr(A.__init__)[:40], A.__init__ is object.__init__)
print(A.__new__ is object.__new__, A.__hash__ is object.__hash__)
print(A.__eq__, A.__ne__ is object.__ne__)
print(callable(A.__call__ if hasattr(A, '__call__') else None), hasattr(A(), '__call__'))
print(type(A.__subclasshook__).__name__, A.__subclasshook__())
print(sorted(n for n in ('__str__', '__repr__', '__format__', '__sizeof__') if n in dir(object)))
print(int.__doc__ is None or type(int.__doc__) is str)
class S:
    __slots__ = ()
print(hasattr(S(), '__dict__'), S.__dict__.get('__dict__'))
class N:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
n1, n2 = N(), N()
n2.d = 4
del n1.b
print(vars(n1), vars(n2))
n1.b = 'again'
print(list(vars(n1)))
