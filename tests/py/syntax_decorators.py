def deco(tag):
    def wrap(fn):
        def inner(*a):
            return tag + str(fn(*a))
        return inner
    return wrap
def twice(fn):
    return lambda *a: fn(fn(*a))
@deco('<')
@deco('>')
def f(x):
    return x * 2
print(f(3))
@twice
def inc(x):
    return x + 1
print(inc(1))
class Reg:
    items = []
    @classmethod
    def add(cls, v):
        cls.items.append(v)
        return v
    @staticmethod
    def s():
        return 'static'
    @property
    def p(self):
        return 'prop'
Reg.add(1)
print(Reg.items, Reg.s(), Reg().p)
@lambda c: c.__name__
class Z: pass
print(Z)
