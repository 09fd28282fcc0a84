class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['added'] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *args):
        print('creating', cls.__name__, args)
        return super().__call__(*args)
    def hello(cls):
        return 'hello from ' + cls.__name__

class A(metaclass=Meta, flag=1):
    def __init__(self, v):
        self.v = v

print(type(A).__name__, A.added, A.kw, A.inited)
a = A(5)
print(a.v, A.hello())
class B(A):
    pass
print(type(B) is Meta, B.added, B.kw)
b = B(1)
print(isinstance(B, Meta), isinstance(b, A))
try:
    b.hello()
except AttributeError as e:
    print(e)

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry): pass
class X(Base): pass
class Y(Base): pass
print(Registry.classes)

T = type('T', (object,), {'x': 1, 'f': lambda self: self.x + 1})
print(T.__name__, T().f(), T.__mro__[1] is object)
print(type(5), type('s') is str, type(T) is type)
try:
    type('a', 'b')
except TypeError as e:
    print(e)

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)
class PrepMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name)
        return {'preset': 42}
class WithPrep(metaclass=PrepMeta):
    pass
print(WithPrep.preset)
