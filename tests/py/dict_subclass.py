class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d["a"], d["zz"], d, "zz" in d, d.get("zz"))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, type(c).__name__, isinstance(c, dict))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
print(u, dict(u), u.copy(), type(u.copy()).__name__)
class F(dict):
    pass
f = F.fromkeys("ab", 0)
print(f, type(f).__name__)
print(D({1: 2}) == {1: 2}, {1: 2} == D({1: 2}))
print(type(D(a=1) | {"b": 2}).__name__)
