import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
class P:
    def __init__(self, x): self.x = x; self.l = [x]
p = P(1); p2 = copy.copy(p); p3 = copy.deepcopy(p)
p.l.append(2); print(p2.l, p3.l, type(p3).__name__, p3.x)
class C:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
r = [1]; r.append(r); rr = copy.deepcopy(r); print(rr[1] is rr, rr[0])
shared = [0]; t = [shared, shared]; tt = copy.deepcopy(t); print(tt[0] is tt[1])
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, [2]))[1], copy.copy(5), copy.deepcopy("s"), copy.copy({1: 2}), copy.copy({1, 2}))
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
s2 = copy.deepcopy(S()); print(s2.a, s2.b)
print(copy.deepcopy(frozenset([1])), copy.copy(bytearray(b"x")), copy.deepcopy({"a": (1, [2])}))
class E(Exception): pass
try:
    raise copy.Error("x")
except copy.Error as e:
    print("Error", e)
import types
print(copy.deepcopy(len) is len, copy.copy(int) is int)
