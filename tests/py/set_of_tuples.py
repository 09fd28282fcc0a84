s = {(1, 2), (2, 1), (0, 0), (1, 1), (-1, 5), (3, (4, 5))}
print(s)
print(list(s))
f = {frozenset([1]), frozenset([1, 2]), frozenset(), frozenset([3])}
print(f)
m = {1, 1.5, (1, 2), -7, 10 ** 20, None is None}
print(m)
pts = set()
for x in range(5):
    for y in range(3):
        pts.add((x, y))
print(pts)
pts.discard((2, 2))
pts -= {(0, 0), (4, 2)}
print(len(pts), sorted(pts)[:4])
print({(i, i * i) for i in range(8)})
