import random, _random
print(isinstance(random.Random(), _random.Random), issubclass(random.Random, _random.Random), random.Random.VERSION)
class Fixed(random.Random):
    def __init__(self, seq):
        self.seq = list(seq)
        super().__init__(0)
    def random(self):
        return self.seq.pop(0)
f = Fixed([0.1, 0.5, 0.99, 0.25, 0.75, 0.3, 0.6])
print(f.randrange(10), f.choice('abcdef'), f.randint(1, 3), f.uniform(0, 4), len(f.seq))
class Bits(random.Random):
    def getrandbits(self, k):
        self.calls = getattr(self, 'calls', 0) + 1
        return super().getrandbits(k)
b = Bits(42); print(b.randrange(1000), b.calls, b.random())
r = random.Random(42); print(r.randrange(1000), r.random())
class Counting(random.Random):
    n = 0
    def random(self):
        Counting.n += 1
        return super().random()
c = Counting(5); x = [c.randrange(7) for _ in range(5)]; print(x, Counting.n)
print(random.Random(3).sample(range(20), 4), Counting(3).sample(range(20), 4))
s = random.SystemRandom() if hasattr(random, 'SystemRandom') else None
print(type(random.random).__name__)
sr = random.SystemRandom(); v = sr.random(); print(0 <= v < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(0), sr.getrandbits(5) < 32)
try: sr.getstate()
except NotImplementedError as e: print(e)
print(sorted(set(sr.sample(range(5), 5))), sr.seed(1))
