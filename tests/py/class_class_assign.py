class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
a = A()
a.x = 1
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = B
except TypeError as e:
    print(e)
print(a.__class__ is B, (1).__class__, [].__class__.__name__)
