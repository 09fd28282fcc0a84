class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
pts = [Pt(i, i + 1) for i in range(5)]
total = 0
for p in pts:
    total += p.norm2() + p.x
print(total)
class Other:
    def __init__(self):
        self.y = 0
        self.x = 7
    def norm2(self):
        return -1
mixed = [Pt(1, 2), Other(), Pt(3, 4), Other()]
print([m.x for m in mixed], [m.norm2() for m in mixed])
def setx(o, v):
    o.x = v
for m in mixed:
    setx(m, 9)
print([m.x for m in mixed])
p = Pt(1, 1)
print(p.norm2())
Pt.norm2 = lambda self: "patched"
print(p.norm2(), pts[0].norm2())
p.norm2 = lambda: "instance"
print(p.norm2(), pts[1].norm2())
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class WithProp:
    def __init__(self):
        self.v = 1
for i in range(3):
    if i == 2:
        WithProp.v = property(lambda self: "prop")
    try:
        print(WithProp().v)
    except AttributeError as e:
        print("attr err", e)
import math
s = 0.0
for i in range(3):
    s += math.sqrt(4)
print(s)
class Slots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
print(Slots().a)
d = Pt(0, 0)
d.__dict__["x"] = 42
print(d.x)
