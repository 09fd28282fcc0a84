def f(a, *, key, other):
    pass
f(1)
