class A:
    pass
a = A()
print(hash(a) == hash(a), {a: 1}[a])

class E:
    def __eq__(self, o):
        return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(e)
try:
    {E(): 1}
except TypeError as e:
    print(e)

class H:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {H(1): 'one', H(2): 'two'}
print(d[H(1)], d[H(2)], len({H(1), H(1), H(2)}))

class Sub(H):
    pass
print(hash(Sub(5)) == hash(5))

class Unh:
    __hash__ = None
try:
    hash(Unh())
except TypeError as e:
    print(e)

class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(e)

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
