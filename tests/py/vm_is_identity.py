a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, 1 is not None)
def f():
    pass
print(f() is None)
t = ()
print(t is ())
x = "interned"
print(type(x) is str, type(1) is int, type(True) is bool)
