class Rnd:
    # deterministic generator (no dependency on the random module)
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 4) % n
    def random(self):
        return self.randrange(1000003) / 1000003
random = Rnd(99)
def check(name, xs):
    ys = sorted(xs)
    ok = all(ys[i] <= ys[i + 1] for i in range(len(ys) - 1)) and len(ys) == len(xs)
    zs = sorted(xs, reverse=True)
    ok2 = zs == ys[::-1]
    print(name, len(xs), ok, ok2, sum(ys) if ys and isinstance(ys[0], int) else "")
n = 20000
check("random", [random.randrange(n) for _ in range(n)])
check("sorted", list(range(n)))
check("reversed", list(range(n, 0, -1)))
xs = list(range(n))
for _ in range(20):
    xs[random.randrange(n)] = random.randrange(n)
check("nearly sorted", xs)
check("few values", [random.randrange(3) for _ in range(n)])
check("sawtooth", [i % 100 for i in range(n)])
check("organ pipe", list(range(n // 2)) + list(range(n // 2, 0, -1)))
check("floats", [random.random() for _ in range(n)])
check("strings", [str(random.randrange(n)) for _ in range(n)])
check("runs", sum([sorted(random.randrange(1000) for _ in range(random.randrange(1, 200))) for _ in range(100)], []))
check("tuples", [(random.randrange(10), random.randrange(10)) for _ in range(2000)])
