from itertools import groupby, tee, accumulate, islice, starmap, compress, dropwhile, takewhile, filterfalse, pairwise
g = groupby("aaabbbcc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, next(g2), list(g2))
print([(k, list(v)) for k, v in groupby([])], [k for k, _ in groupby("aabbaa")])
groups = list(groupby("aabb"))
print([(k, list(v)) for k, v in groups])
it = groupby([1, 1, 2]); k, grp = next(it); print(next(grp)); k, grp2 = next(it); print(list(grp), list(grp2))
a, b = tee(iter([1, 2, 3]), 2); next(a); c, d = tee(a); print(list(b), list(c), list(d))
print(tee([1], 0), len(tee([1], 3)))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError", e)
print(list(accumulate([1, 2, 3], initial=None)), list(accumulate("abc")), list(accumulate([5], lambda a, b: a - b, initial=10)))
try:
    accumulate(5)
except TypeError as e:
    print("TypeError", e)
try:
    groupby(5)
except TypeError as e:
    print("TypeError", e)
print(list(starmap(lambda *a: sum(a), [(1, 2), (3,), ()])), list(compress("abc", [1])), list(dropwhile(lambda x: x, [])))
