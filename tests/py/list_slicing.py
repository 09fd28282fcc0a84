a = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2),
          slice(None, None, -1), slice(8, 2, -2), slice(-1, -8, -3), slice(100, 200), slice(-100, 3),
          slice(3, 3), slice(5, 2), slice(None, None, 3), slice(1, None, 4), slice(9, None, -4),
          slice(2, -2, 1), slice(-2, 2, -1), slice(10**20, None, -1), slice(-10**20, 10**20, 7)]:
    print(s, a[s])
print(a[::-1][::2])
print("abc"[::-1], (1, 2, 3)[1:], (1, 2, 3)[::-2])
