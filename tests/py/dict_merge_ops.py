a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a is c)
c |= [("w", 0)]
print(c)
print({**a, "q": 9}, {**{}, **b})
def f(**kw):
    return kw
print(f(**a), f(p=1, **b))
m = dict(a, extra=1)
print(m)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({1: 1} | {1.0: 2}, {1.0: 2} | {1: 1})
