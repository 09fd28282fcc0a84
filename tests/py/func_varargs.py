def f(*a):
    return type(a).__name__, a
print(f(), f(1), f(*[1, 2]), f(*range(3), 4))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def kw(**k):
    return type(k).__name__, sorted(k.items())
print(kw(), kw(a=1), kw(**{"x": 1, "y": 2}))
def both(a, *b, c=0, **d):
    return a, b, c, sorted(d)
print(both(1, 2, 3, c=4, e=5, f=6))
def mutate(**k):
    k["new"] = 1
    return k
orig = {"a": 1}
print(mutate(**orig), orig)
def count(*args, **kwargs):
    return len(args), len(kwargs)
print(count(*range(100), **{str(i): i for i in range(50)}))
