class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)
p.x = 9
print(p.x, type(P.x).__name__, repr(P.x))

class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)

class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 4
print(r.x, r.w)

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Single:
    __slots__ = 'only'
s = Single()
s.only = 5
print(s.only)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(e)
class Priv:
    __slots__ = ('__hidden',)
    def __init__(self):
        self.__hidden = 3
    def get(self):
        return self.__hidden
print(Priv().get(), '_Priv__hidden' in Priv.__dict__)
try:
    class A1:
        __slots__ = ('a',)
    class A2:
        __slots__ = ('b',)
    class A3(A1, A2):
        pass
except TypeError as e:
    print(e)
