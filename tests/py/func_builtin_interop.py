def key(x):
    return -x
print(sorted([1, 3, 2], key=key), max([1, 3, 2], key=key))
print(list(map(str, range(3))), list(zip(*[[1, 2], [3, 4]])))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(sorted([K(3), K(1), K(2)]), K(1) == K(1), len({K(1), K(1)}))
print(getattr(K(5), "v"), hasattr(K(1), "w"))
print(min(range(5), key=lambda x: (x - 2) ** 2))
