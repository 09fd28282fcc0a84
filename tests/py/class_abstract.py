class A:
    pass
A.__abstractmethods__ = frozenset({'f', 'g'})
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = frozenset({'f'})
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)
try:
    type.__abstractmethods__
except AttributeError as e:
    print(e)
