a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, [*'ab'])
print({**{'x': 1}, 'y': 2, **{'x': 3}})
print(*a, *b, sep='-')
def f(*args, **kw):
    return args, kw
print(f(*a, 0, *b, k=1, **{'m': 2}))
print(f(**{'a': 1}, b=2))
