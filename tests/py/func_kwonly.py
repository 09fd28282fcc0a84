def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2), f(a=0, b=1))
def g(*args, sep=", "):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="|"))
def h(a, /, b, *, c):
    return a + b + c
print(h(1, 2, c=3), h(1, b=2, c=3))
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, b=1, c=2, d=3)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def many(*, a, b, c):
    pass
try:
    many()
except TypeError as e:
    print(e)
try:
    many(b=1)
except TypeError as e:
    print(e)
