class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], 'abc'[Idx(2)], list(range(Idx(3))))
print(hex(Idx(255)), bin(Idx(5)), int(Idx(7)))

class I:
    def __int__(self):
        return 42
class F:
    def __float__(self):
        return 2.5
print(int(I()), float(F()))
class Both:
    def __int__(self):
        return 1
    def __float__(self):
        return 1.5
    def __index__(self):
        return 2
print(int(Both()), float(Both()), [0, 1, 2][Both()])
class BadInt:
    def __int__(self):
        return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
try:
    [1]['a']
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
class Trunc:
    def __trunc__(self):
        return 9
try:
    print(int(Trunc()))
except TypeError as e:
    print(e)
