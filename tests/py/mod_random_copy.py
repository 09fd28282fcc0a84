import random, copy
r = random.Random(123); r.random()
c = copy.copy(r); d = copy.deepcopy(r)
print([r.random() for _ in range(3)] == [c.random() for _ in range(3)] == [d.random() for _ in range(3)])
print(type(c).__name__, r.__reduce__()[0] is random.Random, r.__reduce__()[1], len(r.__reduce__()[2][1]))
class Sub(random.Random): pass
s = Sub(9); s2 = copy.deepcopy(s); print(type(s2).__name__, s.randrange(100) == s2.randrange(100))
