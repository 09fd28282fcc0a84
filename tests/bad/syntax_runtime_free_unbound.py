def f():
    def g():
        return w
    r = g()
    w = 1
    return r
f()
