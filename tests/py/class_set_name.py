class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.owner = owner
        self.name = name

class Model:
    a = Field()
    b = Field()
print(Model.a.name, Model.b.owner is Model)

class Later:
    pass
f = Field()
Later.c = f
print(hasattr(f, 'name'))

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('no')
try:
    class M2:
        x = Boom()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
