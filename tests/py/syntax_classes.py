class Base:
    """doc of base"""
    count = 0
    def __init__(self, n):
        self.n = n
        Base.count += 1
    def __repr__(self):
        return f'{type(self).__name__}({self.n})'
class Child(Base):
    def __init__(self, n, m):
        super().__init__(n)
        self.m = m
    def total(self):
        return self.n + self.m
c = Child(1, 2)
print(c, c.total(), Base.count, Base.__doc__, Child.__doc__)
print(Child.__qualname__, Child.__module__, Child.__mro__[1].__name__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['extra'] = kw
        return super().__new__(m, name, bases, ns)
class K(Base, metaclass=Meta, flag=True):
    pass
print(K.extra, type(K).__name__)
