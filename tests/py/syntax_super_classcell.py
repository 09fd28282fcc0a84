class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B' + super().who()
    def cls(self):
        return __class__.__name__
class C(B):
    def who(self):
        return 'C' + super(C, self).who()
print(C().who(), C().cls())
class D:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get('tag')
class E(D, tag='t'):
    pass
print(E.tag)
