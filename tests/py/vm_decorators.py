def trace(fn):
    def w(*a):
        print("call", fn.__name__, a)
        return fn(*a)
    return w
@trace
def add(a, b):
    return a + b
print(add(1, 2))
def param(n):
    def d(fn):
        def w():
            return fn() * n
        return w
    return d
@param(3)
@param(2)
def one():
    return 1
print(one())
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = P()
p.x = 5
print(p.x, P.s(1), p.s(2), P.c(), p.c())
def class_deco(cls):
    cls.added = True
    return cls
@class_deco
class Q:
    pass
print(Q.added)
