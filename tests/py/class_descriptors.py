class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person('ann', 30)
print(p.name, p.age, isinstance(Person.name, Typed))
try:
    p.age = 'old'
except TypeError as e:
    print(e)
del p.age
print(p.age)

class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class C:
    attr = NonData()
c = C()
print(c.attr)
c.attr = 'instance wins'
print(c.attr, C.attr)

class Data:
    def __get__(self, obj, objtype=None):
        return 'data descriptor'
    def __set__(self, obj, v):
        print('ignored set', v)
class D:
    attr = Data()
d = D()
d.__dict__['attr'] = 'in dict'
print(d.attr)
d.attr = 5
print(d.attr)
