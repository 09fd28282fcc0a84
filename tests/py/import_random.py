import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(10))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.choice('abcdef'), random.sample(range(100), 5), random.sample(range(10000), 8), random.sample('xyz', 3))
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 0, 5], k=5), random.choices(range(3), cum_weights=[1, 2, 3], k=3))
print(random.uniform(1, 2), random.triangular(), random.gauss(), random.gauss(), random.normalvariate(5, 2))
print(random.expovariate(2.0), random.gammavariate(2.0, 1.0), random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))
r = random.Random(2**80 + 7)
print(r.random(), r.randint(-10**20, 10**20))
random.seed(-12345)
print(random.random())
random.seed(0)
print(random.random())
random.seed(3.5)
print(random.random())
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)])
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
            lambda: random.sample(range(3), 5), lambda: random.sample({1, 2}, 1), lambda: random.randrange(1.5)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
