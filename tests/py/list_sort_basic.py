class Rnd:
    # deterministic generator (no dependency on the random module)
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 4) % n
    def random(self):
        return self.randrange(1000003) / 1000003
a = [5, 3, 9, 1, 5, 0, -2]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted(["pear", "Apple", "fig", "banana"]))
print(sorted(["pear", "Apple", "fig", "banana"], key=str.lower))
print(sorted(["pear", "Apple", "fig", "banana"], key=len))
print(sorted(["pear", "Apple", "fig", "banana"], key=len, reverse=True))
print(sorted([3.5, 1, 2.25, -1e10, 7]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([[3], [1, 2], [1], []]))
print(sorted("hello world"))
print(sorted({3: 1, 1: 2, 2: 3}))
print(sorted([True, False, 2, -1]))
print(sorted([10**30, -10**30, 5, 10**20]))
e = []
e.sort()
print(e)
one = [1]
one.sort(key=lambda x: 1 / 0 if False else x)
print(one)
random = Rnd(12345)
for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 1000, 5000]:
    xs = [random.randrange(100) for _ in range(n)]
    ys = xs[:]
    ys.sort()
    ok = all(ys[i] <= ys[i + 1] for i in range(len(ys) - 1)) and sorted(xs) == ys
    print(n, ok, ys[:5])
