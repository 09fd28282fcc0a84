def f(a, b, /):
    return a - b
print(f(5, 3))
try:
    f(a=1, b=2)
except TypeError as e:
    print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(x, y=2, /, z=3):
    return x, y, z
print(h(1), h(1, 5), h(1, z=9), h(1, 2, 3))
try:
    h(1, y=3)
except TypeError as e:
    print(e)
