class Root:
    def __init__(self, **kw):
        print('Root', sorted(kw))
class A(Root):
    def __init__(self, a=None, **kw):
        print('A', a)
        super().__init__(**kw)
class B(Root):
    def __init__(self, b=None, **kw):
        print('B', b)
        super().__init__(**kw)
class C(A, B):
    def __init__(self, c=None, **kw):
        print('C', c)
        super().__init__(**kw)
C(a=1, b=2, c=3)
print([k.__name__ for k in C.__mro__])
class Mixin:
    def describe(self):
        return 'Mixin+' + super().describe()
class Thing:
    def describe(self):
        return 'Thing'
class MixedThing(Mixin, Thing):
    pass
print(MixedThing().describe())
