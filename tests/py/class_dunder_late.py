class A:
    pass
class B(A):
    pass
b = B()
try:
    len(b)
except TypeError as e:
    print(e)
A.__len__ = lambda self: 5
print(len(b), len(A()))
B.__len__ = lambda self: 7
print(len(b), len(A()))
del B.__len__
print(len(b))
del A.__len__
try:
    len(b)
except TypeError as e:
    print(e)
A.__eq__ = lambda self, o: True
print(b == 1, A() == 'x')
A.__repr__ = lambda self: 'A-repr'
print(repr(b), str(b))
A.__iter__ = lambda self: iter([1, 2])
print(list(b))
A.__call__ = lambda self, x: x * 2
print(b(21))
A.__getitem__ = lambda self, k: k
print(b['key'])
A.__add__ = lambda self, o: 'added'
print(b + 1)
A.__bool__ = lambda self: False
print(bool(b))
