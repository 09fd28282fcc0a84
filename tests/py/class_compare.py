class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, K) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v

print(K(1) == K(1))
print(K(1) != K(2))
print(K(1) < K(2), K(2) <= K(2))
print(K(3) > K(2))
print(K(3) >= K(2))
print(sorted([K(3), K(1), K(2)], key=lambda k: k.v)[0].v)
print(min(K(5), K(4)).v)

class P:
    pass
p = P()
print(p == p, p != p, p == P(), p != P())
try:
    P() < P()
except TypeError as e:
    print(e)
try:
    P() >= 1
except TypeError as e:
    print(e)
try:
    1 < P()
except TypeError as e:
    print(e)

class AllEq:
    def __eq__(self, o):
        return True
print(AllEq() == 1, 1 == AllEq(), AllEq() != 1, 1 != AllEq())
print(1 in [AllEq()], AllEq() in [1, 2])
