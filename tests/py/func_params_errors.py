def f(a, b=1, *, k):
    pass
def g(a, b, /, c):
    pass
def h(a, b, c, d=1):
    pass
def q():
    pass
def z(a, *, b):
    pass
class C:
    def m(self, a, b=1, *, k):
        pass
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, k=1),
    lambda: f(1, a=1, k=2),
    lambda: f(1, k=1, zz=2),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, b=2, c=3),
    lambda: h(),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: h(1, 2, 3, 4, 5),
    lambda: q(1),
    lambda: q(1, 2),
    lambda: q(x=1),
    lambda: z(1, 2, b=3),
    lambda: z(1, 2),
    lambda: C().m(1, 2, 3, k=1),
    lambda: C().m(),
    lambda: C().m(1),
    lambda: C().m(1, a=2, k=1),
    lambda: C.m(),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(1, **{"k": 1}, k=2),
    lambda: f(**[1]),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
