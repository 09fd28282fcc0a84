d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 7), d.setdefault("c"), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
d.update()
print(d)
c = d.copy()
c["new"] = 1
print(d, c)
d.clear()
print(d, len(d))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print({}.fromkeys("xy", 1))
class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
e = {}
e.update(KeysOnly())
print(e, dict(KeysOnly()))
f = {1: 1, 2: 2, 3: 3}
print(f.popitem(), f.popitem(), f)
f[9] = 9
print(f.popitem(), f)
print({1: 2}.get(1.0), {"a": 1}.get("a", 2))
