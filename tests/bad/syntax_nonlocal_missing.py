def f():
    def g():
        nonlocal zz
    return g
