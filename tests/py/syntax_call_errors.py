def f(a, b):
    return a + b
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, a=3), lambda: f(c=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(x, /, y):
    pass
try:
    g(x=1, y=2)
except TypeError as e:
    print(e)
def h(*, k):
    pass
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
