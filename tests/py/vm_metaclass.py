class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 1}
class A(metaclass=Meta, tag="t"):
    def f(self):
        pass
print(A.tag, A.injected, type(A).__name__)
class B(A):
    pass
print(B.tag, type(B).__name__)
class M1(type):
    pass
class M2(type):
    pass
class X(metaclass=M1):
    pass
class Y(metaclass=M2):
    pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(e)
def func_meta(name, bases, ns):
    return name + "!"
class W(metaclass=func_meta):
    pass
print(W)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(Base, flag=True):
    pass
