class A:
    def __add__(self, o):
        return 'A.add'
    def __radd__(self, o):
        return 'A.radd'
    def __lt__(self, o):
        return 'A.lt'
    def __gt__(self, o):
        return 'A.gt'

class B(A):
    def __radd__(self, o):
        return 'B.radd'
    def __gt__(self, o):
        return 'B.gt'

class C:
    def __radd__(self, o):
        return 'C.radd'

print(A() + A(), A() + B(), B() + A(), 1 + A(), A() + C(), 1 + C())
print(A() < A(), A() < B(), B() < A())
print(A() > 1, 1 < A(), 1 > A())

class N:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    N() + N()
except TypeError as e:
    print(e)

class S(int):
    def __radd__(self, o):
        return 'S.radd'
print(1 + S(2), S(2) + 1)
class F(float):
    def __rsub__(self, o):
        return 'F.rsub'
print(1.5 - F(2), F(2) - 1.5)
