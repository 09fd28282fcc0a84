class A:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y
a = A(1)
print(a.x, a.y, A(3, 4).y, type(a).__name__)
class B(A):
    pass
b = B(5)
print(b.x, type(b).__name__)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
class GenInit:
    def __init__(self):
        yield 1
try:
    GenInit()
except TypeError as e:
    print(e)
class Other:
    pass
class NewOther:
    def __new__(cls, *a):
        return Other()
    def __init__(self, *a):
        print("never")
print(type(NewOther(1)).__name__)
class NewSub:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.from_new = v
        return o
    def __init__(self, v):
        self.from_init = v * 2
n = NewSub(4)
print(n.from_new, n.from_init)
class Raises:
    def __init__(self):
        raise ValueError("in init")
try:
    Raises()
except ValueError as e:
    print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1), Tree(depth - 1)] if depth else []
    def count(self):
        return 1 + sum(k.count() for k in self.kids)
print(Tree(10).count())
class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None
c = Chain(300)
k = 0
while c:
    k += 1
    c = c.next
print(k)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
class WrongArgs:
    def __init__(self, a):
        pass
try:
    WrongArgs()
except TypeError as e:
    print(e)
try:
    WrongArgs(1, 2)
except TypeError as e:
    print(e)
class KW:
    def __init__(self, *, k):
        self.k = k
print(KW(k=3).k)
class SelfReassign:
    def __init__(self):
        self = None
print(type(SelfReassign()).__name__)
class Slots:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
print(Slots(9).v)
class ExcSub(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
e = ExcSub("m", 3)
print(e, e.code, e.args)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithMeta(7).v)
class P:
    def __init__(self, x, y=0, *, z=1):
        self.t = (x, y, z)
print(P(1, y=2, z=3).t, P(x=5).t)
class Holder:
    P = P
    def make(self):
        return self.P(7)
print(Holder().make().t, Holder.P(8, z=9).t)
import sys
mod = sys.modules[__name__]
print(mod.P(4).t)
try:
    P(1, q=2)
except TypeError as e:
    print(e)
class NewKw:
    def __new__(cls, *a, **k):
        return 42
print(NewKw(a=1))
