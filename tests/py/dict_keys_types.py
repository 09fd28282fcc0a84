d = {}
d[1] = "int"
d[1.0] = "float overrides value"
d[True] = "bool too"
print(d)
d[2 ** 70] = "big"
d[float("inf")] = "inf"
d[-0.0] = "negzero"
print(d[0], d[0.0], d[2 ** 70], d[float("inf")])
d[(1, (2, 3))] = "tuple"
print(d[(1.0, (2.0, 3))])
d[frozenset([1, 2])] = "fs"
print(d[frozenset([2, 1])])
s = "".join(["ab", "c"])
d["abc"] = "str"
print(d[s], d["abc"])
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
d[K(5)] = "custom"
print(d[K(5)], K(6) in d)
class H:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        return self is other
hs = [H() for _ in range(50)]
hd = {h: i for i, h in enumerate(hs)}
print(len(hd), hd[hs[17]], hd[hs[49]])
n = float("nan")
nd = {n: 1}
print(nd[n], n in nd)
