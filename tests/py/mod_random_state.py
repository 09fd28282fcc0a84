import random
r = random.Random(2024)
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [r.random() for _ in range(5)]
r.setstate(st)
b = [r.random() for _ in range(5)]
print(a == b, a)
g = r.gauss(0, 1); st2 = r.getstate(); print(st2[2] is not None, g)
r2 = random.Random(); r2.setstate(st2); print(r2.gauss(0, 1) == r.gauss(0, 1))
print(random.Random(5).getstate() == random.Random(5).getstate(), random.Random(5).getstate() == random.Random(6).getstate())
r.seed(1); x = r.getrandbits(256); r.seed(1); print(x == r.getrandbits(256), x)
r.seed(2**40 + 7); print(r.random(), r.getstate()[1][:3])
r.seed(0); print(r.getstate()[1][:4], r.getstate()[1][-1])
