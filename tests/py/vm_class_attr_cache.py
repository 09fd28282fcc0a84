class Base:
    K = 1
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls):
        return cls.__name__
    def f(self):
        return "f"
class Sub(Base):
    pass
out = []
for i in range(6):
    if i == 2:
        Base.K = 10
    if i == 3:
        Sub.K = 20
    if i == 4:
        del Sub.K
    if i == 5:
        Base.s = staticmethod(lambda x: x * 100)
    out.append((Sub.K, Base.K, Sub.s(1), Sub.c(), Base.c(), Sub.f(Sub())))
for o in out:
    print(o)
class Meta(type):
    pass
class M(metaclass=Meta):
    V = "class"
res = []
for i in range(4):
    if i == 2:
        Meta.V = property(lambda cls: "meta property")
    res.append(M.V)
print(res)
import math
def use_type_attrs():
    r = []
    for i in range(3):
        r.append((int.__name__, str.upper("a"), dict.fromkeys([i])))
    return r
print(use_type_attrs())
class Counter:
    n = 0
def bump():
    for i in range(5):
        Counter.n += 1
    return Counter.n
print(bump(), bump())
class Shadow:
    x = "class x"
def read(o):
    return [o.x for _ in range(3)]
print(read(Shadow))
Shadow.x = "changed"
print(read(Shadow))
