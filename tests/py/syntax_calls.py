def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(a=1, b=2))
print(f(*[1, 2, 3]))
print(f(1, **{'c': 4, 'z': 5}))
print(f(1, *(), **{}))
def g(x, /, y, *, z):
    return x, y, z
print(g(1, 2, z=3), g(1, y=2, z=3))
print(max(1, 2, 3), max([4, 5], key=lambda v: -v))
print(f(1,), f(1, 2,))
