def f(*args, **kw):
    return args, sorted(kw.items())
print(f(1, 2, a=3))
print(f(*[1, 2], **{'b': 4}))
class C:
    def m(self, *a, **k):
        return a, k
print(C().m(1, x=2), C.m(C(), 3))
print(callable(f), callable(C), callable(C()), callable(C().m), callable(5), callable(print))
print(type(C().m).__name__, C().m.__self__.__class__.__name__, C().m.__func__ is C.m)
m = C().m
print(m(9))
for bad in [1, 'str', [1], None]:
    try:
        bad()
    except TypeError as e:
        print(e)
