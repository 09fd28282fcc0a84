class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw))
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns, **kw)
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__)
        return super().__instancecheck__(inst)
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        print('init_subclass', cls.__name__, tag)
        super().__init_subclass__(**kw)
class Child(Base, tag='t1'):
    pass
print(Child.upper_name, isinstance(Child(), Base), isinstance(3, Base))
try:
    Child().upper_name
except AttributeError as e:
    print(e)
class SubMeta(Meta):
    def __call__(cls, *a, **k):
        print('SubMeta.__call__', cls.__name__)
        return super().__call__(*a, **k)
class Other(Child, metaclass=SubMeta, tag='t2'):
    def __init__(self, v=0):
        self.v = v
o = Other(5)
print(o.v, type(Other).__name__, type(Child).__name__)
X = Meta('X', (), {})
print(type(X).__name__, X.__mro__)
Y = SubMeta('Y', (X,), {'a': 1})
print(Y.a, Y().__class__.__name__)
print(Meta.__subclasses__(), [c.__name__ for c in Base.__subclasses__()])
