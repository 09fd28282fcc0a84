class S(set):
    def total(self):
        return sum(self)
s = S([1, 2, 3])
print(s, s.total(), len(s), type(s).__name__, isinstance(s, set))
print(type(s | {4}).__name__, type(s.copy()).__name__, type(s.union()).__name__)
print(S(), repr(S([5])))
class F(frozenset):
    pass
f = F([1, 2])
print(f, F(), hash(f) == hash(frozenset([1, 2])), f == {1, 2})
print(type(f | {3}).__name__, f.copy() is f)
