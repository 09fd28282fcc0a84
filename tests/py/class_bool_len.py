class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

print(bool(B(True)), bool(B(False)), not B(False))
if B(True):
    print('yes')

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(3)), len(L(7)))

class Plain:
    pass
print(bool(Plain()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)

class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)

class StrLen:
    def __len__(self):
        return 'x'
try:
    len(StrLen())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(e)
