class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(A(5).v)
class Desc:
    def __get__(self, obj, typ=None):
        return ("get", obj is None)
    def __set__(self, obj, v):
        obj.__dict__["stored"] = v
class H:
    d = Desc()
h = H()
print(h.d, H.d)
h.d = 9
print(h.stored)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
try:
    s.c = 2
except AttributeError as e:
    print(e)
class P:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "fallback " + n
print(P().p, P().zz)
def f():
    return f.calls
f.calls = 3
print(f())


def sq(n):
    return n * n
print(sq(4))
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(sorted([Num(3), Num(1)]), max(Num(1), Num(7)))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
a, b, c = It()
print(a, b, c)
print(*It())
def outer():
    v = []
    def add(x):
        v.append(x)
        return add
    add(1)(2)(3)
    return v
print(outer())
