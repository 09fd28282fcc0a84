class A:
    def who(self):
        return __class__
    def sup(self):
        return super()
class B(A):
    pass
print(A().who() is A, B().who() is A)
print(type(B().sup()).__name__)
class Meta(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, ns)
class C(metaclass=Meta):
    def f(self):
        return __class__.__name__
print(C().f())
