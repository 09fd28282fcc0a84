class C:
    def __init__(self, *a, **k):
        self.a, self.k = a, k
    def m(self, x, *rest, **kw):
        return (x, rest, sorted(kw.items()))
args = (1, 2, 3)
kw = {"z": 9}
c = C(*args, **kw)
print(c.a, c.k)
print(c.m(*args, **kw), C.m(c, *args), getattr(c, "m")(*args))
print(max(*args), dict(**kw, y=1), str(*["x"]))
def gen(*a):
    yield from a
print(list(gen(*args)))
bound = c.m
print(bound(**{"x": 5}))
print((lambda *a, **k: (a, sorted(k)))(*args, *args, **kw, **{"w": 1}))
