def f(a):
    pass
f(1, bogus=2)
