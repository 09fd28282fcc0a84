class A:
    def who(self):
        return __class__
    def sup(self):
        return super().__class__.__name__

class B(A):
    def who2(self):
        return __class__
print(A().who() is A, B().who() is A, B().who2() is B)
print(A().sup())

class Meta(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
class C(metaclass=Meta):
    def f(self):
        return __class__
print(C().f() is C)
