class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__['x'] = v * 10
class C:
    x = SetOnly()
c = C()
print(type(c.x).__name__)
c.x = 2
print(c.x, type(C.x).__name__)
class GetOnly:
    def __get__(self, obj, t):
        return ('get', obj is None, t.__name__)
class D:
    g = GetOnly()
d = D()
print(d.g, D.g)
d.g = 'shadow'
print(d.g)
d.inst_descr = GetOnly()
print(type(d.inst_descr).__name__)
class DelOnly:
    def __delete__(self, obj):
        print('deleting')
class E:
    z = DelOnly()
e = E()
del e.z
try:
    e.z = 1
except AttributeError as err:
    print(err)
class F:
    @property
    def p(self):
        return 'prop'
f = F()
f.__dict__['p'] = 'dict'
print(f.p)
print(F.__dict__['p'].__get__(f), F.__dict__['p'].__get__(None, F) is F.__dict__['p'])
def func(self):
    return 'func', self
class G:
    pass
G.m = func
g = G()
print(g.m()[0], G.m is func, g.m.__func__ is func)
print(func.__get__(g)()[0], func.__get__(None, G) is func)
sm = staticmethod(func)
print(sm.__get__(g) is func, classmethod(func).__get__(g)()[1] is G)
print(property.__get__ is not None)
