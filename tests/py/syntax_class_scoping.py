x = 'global'
class A:
    x = 'class'
    def f(self):
        return x
    y = x
print(A().f(), A.y)
def outer():
    v = 'enclosed'
    class B:
        w = v
        def m(self):
            return v
    return B
B = outer()
print(B.w, B().m())
class Nested:
    class Inner:
        def q(self):
            return 1
print(Nested.Inner.__qualname__, Nested.Inner.q.__qualname__)
def fn():
    class L:
        def meth(self): pass
    return L
print(fn().__qualname__, fn().meth.__qualname__)
