import weakref
class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n * 2
    def __repr__(self): return "A(%d)" % self.n
objs = [A(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()), d[2], 3 in d, d.get(9), sorted(x.n for x in d.values()))
k = weakref.WeakKeyDictionary()
for o in objs:
    k[o] = o.n * 10
print(len(k), k[objs[1]], objs[1] in k, sorted(k.values()))
s = weakref.WeakSet(objs)
print(len(s), objs[0] in s, A(9) in s)
r = weakref.ref(objs[0])
print(r() is objs[0], r() == objs[0], weakref.ref(objs[0]) == r, isinstance(r, weakref.ReferenceType))
wm = weakref.WeakMethod(objs[3].m)
print(wm()())
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError", e)
try:
    del d[99]
except KeyError as e:
    print("KeyError", e)
