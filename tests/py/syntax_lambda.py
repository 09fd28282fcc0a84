f = lambda: 42
g = lambda x, y=2: x * y
h = lambda *a, **k: (a, k)
i = lambda x, /, y, *, z=5: x + y + z
print(f(), g(3), g(3, 4), h(1, b=2), i(1, 2), i(1, y=2, z=3))
print((lambda: (yield 1))().__class__.__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print(f.__name__, g.__code__.co_argcount)
