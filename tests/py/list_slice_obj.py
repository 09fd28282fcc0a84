s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", "b", "c"))
print(s.indices(5), slice(None).indices(10), slice(None, None, -1).indices(10), slice(-3, None).indices(2))
print(slice(10**20, -10**20, -1).indices(7), slice(2, 8, 3).indices(100), slice(-1, -100, -7).indices(30))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(0) != slice(0))
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2]["a":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][::0]
except ValueError as e:
    print(type(e).__name__, e)
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, None])
