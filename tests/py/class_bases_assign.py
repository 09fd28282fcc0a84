class A:
    def f(self):
        return 'A'
class B:
    def f(self):
        return 'B'
class C(A):
    pass
c = C()
print(c.f(), [k.__name__ for k in C.__mro__])
C.__bases__ = (B,)
print(c.f(), [k.__name__ for k in C.__mro__], C.__base__.__name__)
C.__bases__ = (A, B)
print(c.f(), [k.__name__ for k in C.__mro__])
try:
    C.__bases__ = ()
except TypeError as e:
    print(e)
try:
    A.__bases__ = (C,)
except TypeError as e:
    print(e)
try:
    C.__bases__ = (1,)
except TypeError as e:
    print(e)
