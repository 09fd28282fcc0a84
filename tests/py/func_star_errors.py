def f(*a, **k): pass
def g():
    for t in [lambda: f(*5), lambda: f(*5, 1), lambda: f(1, *5), lambda: f(*5, **{}), lambda: f(*5, *[1]), lambda: f(*[1], *5), lambda: [*5], lambda: print(*5)]:
        try: t()
        except TypeError as e: print(e)
g()
