def f(x):
    return 10 / x
print(f(2))
f(0)
