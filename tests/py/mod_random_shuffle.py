import random
r = random.Random(7)
for n in [0, 1, 2, 5, 30]:
    l = list(range(n)); r.shuffle(l); print(l)
print(r.sample(range(50), 50)[:10], r.sample(range(10**9), 4), r.sample(list('abcdefghijklmnopqrstuvwxyz'), 21))
print(r.sample(tuple(range(30)), 1), r.sample('xyz', 0), r.sample(range(5), k=3))
print([r.choice(['a', 'b', 'c']) for _ in range(10)])
print(r.choices(range(5), k=10), r.choices('ab', weights=[0.1, 0.9], k=10), r.choices('abc', cum_weights=[1, 1, 3], k=8))
print(r.choices([1, 2], k=0), r.choices('q'))
print([r.randrange(3, 100, 5) for _ in range(8)], [r.randrange(-10, -100, -9) for _ in range(5)])
print([r.randint(-2**70, 2**70) for _ in range(3)], r.randbytes(5))
