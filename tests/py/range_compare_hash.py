rs = [range(0), range(1, 1), range(5), range(0, 5), range(0, 5, 1), range(0, 6, 2), range(0, 5, 2),
      range(1, 2), range(1, 2, 10), range(5, 0, -1), range(4, -1, -1), range(10 ** 20, 10 ** 20 + 3)]
for a in rs:
    print(a, [int(a == b) for b in rs], len(set([a, range(a.start, a.stop, a.step)])))
print(len(set(rs)))
print(range(3) == range(3), range(3) != range(4), range(3) == (0, 1, 2), range(3) == [0, 1, 2])
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
d = {range(3): "r"}
print(d[range(0, 3)], d.get(range(0, 3, 1)), d.get(range(3, 0)))
