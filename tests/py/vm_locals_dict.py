def f():
    a = 1
    d = locals()
    b = 2
    print(sorted(d))
    locals()
    print(sorted(d))
    del a
    locals()
    print(sorted(d), d is locals())
    import sys
    fl = sys._getframe().f_locals
    print(fl is d)
f()
def g(x):
    def inner():
        return x
    return sorted(locals())
print(g(1))
class C:
    v = 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals() is locals())
print(locals() is globals())
