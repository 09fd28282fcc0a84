t = tuple(range(10))
print(t[2:5], t[::3], t[::-1], t[-3:], t[:-3], t[8:2:-2], t[100:], t[-100:2], t[5:5])
print(t[1:9][::2][::-1], ("a",) * 3 + ("b",), (1, 2) * 2)
print(tuple("abcdef")[1::2], ()[::-1], (1,)[::5])
nested = tuple(tuple(range(i)) for i in range(4))
print(nested, nested[3][1:], [len(x) for x in nested])
print(len(t * 1000), (t * 3)[25], (0,) * 5 == (0, 0, 0, 0, 0))
print(tuple(reversed(t)), tuple(sorted(t, reverse=True)) == t[::-1])
print(t.index(5, 3, 8), t.count(11), (1, 1, 1).count(1))
try:
    t.index(5, 6)
except ValueError as e:
    print(type(e).__name__, e)
