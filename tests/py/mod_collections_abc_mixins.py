from collections.abc import MutableMapping, Sequence, MutableSet, Set, Mapping
class Store(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
s = Store()
s["a"] = 1; s.update(b=2, c=3); s.setdefault("d", 4)
print(sorted(s.items()), s.pop("a"), s.get("zz", "none"), "b" in s, len(s), s == {"b": 2, "c": 3, "d": 4})
print(s.popitem(), sorted(s.keys()), sorted(s.values()))
s.clear(); print(len(s))
class Rng(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
r = Rng(5)
print(list(r), 9 in r, r.index(16), r.count(4), list(reversed(r)))
try:
    r.index(7)
except ValueError:
    print("ValueError")
class LSet(Set):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, b = LSet([1, 2, 3]), LSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= LSet([1, 2, 3, 4]), a == LSet([3, 2, 1]), a.isdisjoint([9]))
try:
    Mapping()
except TypeError as e:
    print(e)
class Half(MutableSet):
    def __contains__(self, x): return False
    def __iter__(self): return iter(())
    def __len__(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
