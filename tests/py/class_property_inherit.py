class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100
c = Child()
c.v = 5
print(c.v, Base.v.fset is Child.v.fset, Base.v is Child.v)
class Child2(Base):
    @property
    def v(self):
        return 'child2:' + str(super().v)
c2 = Child2()
print(c2.v)
try:
    c2.v = 3
except AttributeError as e:
    print(e)
class Abstract:
    @property
    def name(self):
        raise NotImplementedError
class Impl(Abstract):
    name = 'impl'
print(Impl().name)
class Cached:
    @property
    def expensive(self):
        print('computing')
        v = 42
        self.__dict__['_cache'] = v
        return v
ca = Cached()
print(ca.expensive, ca.expensive)
