class Evil:
    def __init__(self, lst, v):
        self.lst, self.v = lst, v
    def __eq__(self, other):
        self.lst.clear()
        return False
a = []
a.extend([Evil(a, 1), Evil(a, 2), 3])
print(3 in a, len(a))
b = []
b.extend([Evil(b, 1), 5, 6])
print(b.count(6), len(b))
c = []
c.extend([Evil(c, 1), 7])
try:
    c.index(7)
except ValueError as e:
    print(type(e).__name__, e)
d = []
d.extend([Evil(d, 1), 8])
try:
    d.remove(8)
except ValueError as e:
    print(type(e).__name__, e)
x = []
y = []
x.extend([Evil(x, 1), 1])
y.extend([Evil(y, 2), 1])
print(x == y, len(x), len(y))
class Grow:
    def __init__(self, lst):
        self.lst = lst
    def __repr__(self):
        self.lst.append(1)
        return "G"
g = []
g.append(Grow(g))
print(repr(g)[:3], len(g) > 1)
class LtNI:
    def __lt__(self, other):
        return NotImplemented
try:
    sorted([LtNI(), LtNI()])
except TypeError as e:
    print(type(e).__name__, e)
