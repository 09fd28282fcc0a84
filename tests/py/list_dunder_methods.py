a = [1, 2, 3]
print(a.__len__(), a.__getitem__(1), a.__contains__(2), next(a.__iter__()))
print(list.__add__([1], [2]), list.__mul__([1], 2), list.__rmul__([1], 3), tuple.__add__((1,), (2,)))
x = [1, 2]
x.__setitem__(0, 9)
x.__delitem__(1)
print(x, list.__eq__([1], [1]), list.__lt__([1], [2]), list.__ne__([1], [1]), list.__ge__([2], [1]))
print(list.__eq__([1], (1,)), [1].__eq__(5))
y = [1]
y.__iadd__([2])
y.__imul__(2)
print(y, list(reversed(y)), list(y.__reversed__()))
d = {1: 2}
print(d.__len__(), d.__getitem__(1), d.__contains__(1), next(d.__iter__()), d.__eq__({1: 2}))
d.__setitem__(3, 4)
d.__delitem__(1)
print(d, dict.__or__({1: 1}, {2: 2}))
s = {1}
print(s.__len__(), s.__contains__(1), set.__or__({1}, {2}), set.__and__({1, 2}, {2}), s.__eq__({1}))
print(list.append, dict.get, set.add, tuple.count)
print(list.__name__, list.__qualname__, len.__name__)
print([].__class__, {}.__class__.__name__, (1,).__class__, set().__class__, range(1).__class__)
