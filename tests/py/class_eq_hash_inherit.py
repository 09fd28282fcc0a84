class P:
    def __hash__(self):
        return 7
class Q(P):
    def __eq__(self, o):
        return True
class R(P):
    pass
print(hash(P()), hash(R()))
try:
    hash(Q())
except TypeError as e:
    print(e)
class S(Q):
    __hash__ = P.__hash__
print(hash(S()))
print(Q.__hash__, R.__hash__ is P.__hash__)
class T:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
t = T()
print(hash(t) == hash(t), t in {t}, t == t)
