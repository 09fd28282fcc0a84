class DataD:
    def __get__(self, obj, t=None):
        return 'data'
    def __set__(self, obj, v):
        pass
class NonDataD:
    def __get__(self, obj, t=None):
        return 'nondata'
class C:
    d = DataD()
    n = NonDataD()
    plain = 'class attr'
    def __getattr__(self, name):
        return 'getattr:' + name
c = C()
c.__dict__.update(d='inst d', n='inst n', plain='inst plain')
print(c.d, c.n, c.plain, c.missing)
print(C.d, C.n, C.plain)
del c.__dict__['n']
print(c.n)
class M(type):
    attr = 'from meta'
    def meta_method(cls):
        return 'meta method of ' + cls.__name__
class K(metaclass=M):
    pass
print(K.attr, K.meta_method())
try:
    K().attr
except AttributeError as e:
    print(e)
K.attr = 'own'
print(K.attr, M.attr)
