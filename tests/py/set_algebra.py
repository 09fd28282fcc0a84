a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a | b, a & b, a - b, a ^ b)
print(sorted(a.union(b, [7], "x")), sorted(a.intersection(b, [4, 3, 9])), sorted(a.difference(b, [1])))
print(sorted(a.symmetric_difference([1, 9])), a.union(), a.intersection(), a.difference())
print(a.issubset({1, 2, 3, 4, 5}), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset({9}))
print(a.isdisjoint(b), a.isdisjoint({7, 8}), a.isdisjoint([9]), set().isdisjoint(set()))
print(a < b, a <= a, a < a, {1} < a, a > {1}, a >= a, a > a, {1, 9} <= a)
f = frozenset(a)
print(type(f | b).__name__, type(b | f).__name__, type(f & b).__name__, type(f - b).__name__, type(f ^ b).__name__)
print(type(f.union(b)).__name__, type(f.copy()).__name__, f.copy() is f)
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
d = set(range(10))
d.update([10, 11], (12,))
d.intersection_update(range(5, 20), [5, 6, 7, 11, 12])
print(sorted(d))
d.difference_update([5], {6})
print(sorted(d))
d.symmetric_difference_update({7, 100})
print(sorted(d))
e = {1, 2}
e |= e
e &= e
print(e)
e -= e
print(e)
g = {1, 2}
g ^= g
print(g)
print({1, 2} - {1, 2}, {1} & set(), set() | set())
