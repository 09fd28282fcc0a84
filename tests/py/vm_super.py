class A:
    def hello(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def hello(self):
        return "B" + super().hello()
    @classmethod
    def cm(cls):
        return "B " + super().cm()
class C(A):
    def hello(self):
        return "C" + super().hello()
class D(B, C):
    def hello(self):
        return "D" + super().hello()
print(D().hello(), D.cm(), [k.__name__ for k in D.__mro__])
class E(A):
    def __init__(self):
        super().__init__()
        self.v = 1
    def uses_class(self):
        return __class__.__name__
print(E().v, E().uses_class())
class F(A):
    def hello(self):
        return super(F, self).hello() + "F"
print(F().hello())
def nosuper():
    try:
        super()
    except RuntimeError as e:
        print(e)
nosuper()
class G:
    def m(self):
        def inner():
            return super().__repr__
        return inner
try:
    G().m()()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
class H(A):
    def hello(this):
        f = lambda: this
        return super().hello() + "H"
print(H().hello())
