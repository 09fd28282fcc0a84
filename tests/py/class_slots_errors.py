class A: pass
try:
    class B(A):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)
try:
    class B2(A):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
class S:
    __slots__ = ('x',)
class T(S):
    __slots__ = ('__dict__',)
t = T(); t.x = 1; t.y = 2
print(t.x, t.__dict__)
try:
    class U:
        __slots__ = ('a', 'a')
except TypeError as e:
    print(e)
try:
    class V:
        __slots__ = ('1a',)
except TypeError as e:
    print(e)
try:
    class W:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class X(int):
        __slots__ = ('a',)
    print('int slots ok')
except TypeError as e:
    print(e)
try:
    class Y(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
class Z(tuple):
    __slots__ = ()
print(Z((1,)), hasattr(Z(), '__dict__'))
