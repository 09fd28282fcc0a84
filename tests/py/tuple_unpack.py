a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = range(5)
print(first, rest)
*init, last = "abc"
print(init, last)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
def f(*args):
    return args
print(f(), f(1), f(1, 2), type(f()).__name__)
print(f(*[1, 2], *(3,)))
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
