def f(x, acc=[]):
    acc.append(x)
    return acc
print(f(1), f(2), f(3, []))
def g(a, b=10, c=20):
    return a + b + c
print(g(1), g(1, 2), g(1, c=3), g.__defaults__)
g.__defaults__ = (100, 200)
print(g(1))
def k(*, a=1, b):
    return a, b
print(k(b=2), k.__kwdefaults__)
n = 5
def late(v=n):
    return v
n = 6
print(late())
