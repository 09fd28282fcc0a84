def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 1, "z": 2}))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(*args):
    return args
print(h(), h(1), h(*range(3)))
def k(**kw):
    return sorted(kw)
print(k(), k(a=1, b=2))
