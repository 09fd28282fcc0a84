a = {1: "a", 2: "b", 3: "c"}
b = {2: "x", 3: "c", 4: "d"}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(sorted(a.keys() & [1, 5]), sorted([1, 5] & a.keys()), sorted({1, 9} | a.keys()), sorted(range(5) - a.keys()))
print(type(a.keys() & b.keys()).__name__, type(a.keys() | set()).__name__)
print(a.keys() <= {1, 2, 3, 4}, a.keys() < {1, 2, 3}, a.keys() > {1}, {1, 2, 3} == a.keys())
print(len(a.keys() ^ a.keys()), a.keys().isdisjoint(b.keys()), a.keys().isdisjoint({7}))
k = a.keys()
del a[1]
print(k, 1 in k, len(k))
try:
    a.values() | {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(a.keys())
except TypeError as e:
    print(type(e).__name__, e)
print(list(a.items())[0], tuple(a.values()), set(a) == set(a.keys()))
