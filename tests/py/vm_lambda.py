sq = lambda x: x * x
print(sq(5), (lambda: 7)(), (lambda a, b=2: a + b)(1))
print(sorted([3, -1, 2], key=lambda v: -v))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
adders = [(lambda n: lambda x: x + n)(i) for i in range(3)]
print([a(10) for a in adders])
print((lambda *a, k=1, **kw: (a, k, kw))(1, 2, k=3, z=4))
