class A:
    def __init__(self):
        self.trace = ['A']
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__
    @staticmethod
    def s():
        return 'A.s'
    @property
    def p(self):
        return 'A.p'

class B(A):
    def __init__(self):
        super().__init__()
        self.trace.append('B')
    def f(self):
        return 'B.f>' + super().f()
    @classmethod
    def c(cls):
        return 'B.c>' + super().c()
    @staticmethod
    def s():
        return 'B.s>' + super(B, B).s()
    @property
    def p(self):
        return 'B.p>' + super().p

class C(B):
    def f(self):
        return 'C.f>' + super(C, self).f()
    def g(self):
        return super(B, self).f()

c = C()
print(c.trace, c.f(), c.g(), C.c(), B.s(), c.p)
s = super(C, c)
print(repr(s).startswith("<super: <class 'C'>, <C object>>"))
print(s.__thisclass__ is C, s.__self__ is c, s.__self_class__ is C)
try:
    super(C, 3)
except TypeError as e:
    print(e)
try:
    s.nonexistent
except AttributeError as e:
    print(e)
try:
    super(3, c)
except TypeError as e:
    print(e)

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class Derived(Base):
    def hello(self):
        return super().__repr__().startswith('<__main__.Derived object')
print(Derived().hello())
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L()
l.append(4)
print(l)
