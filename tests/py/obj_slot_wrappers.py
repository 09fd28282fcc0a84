print(int.__add__(3, 4), int.__radd__(3, 4), int.__sub__(10, 3), int.__rsub__(10, 3))
print(float.__mul__(1.5, 2), str.__add__('a', 'b'), list.__add__([1], [2]), tuple.__len__((1, 2)))
print(int.__lt__(1, 2), int.__eq__(1, 1), int.__ne__(1, 1), int.__ge__(1, 2), int.__lt__(1, 'a'))
print(int.__neg__(5), int.__abs__(-5), int.__invert__(0), int.__bool__(0), int.__hash__(5))
print(int.__repr__(7), object.__str__(7), int.__index__(8), int.__int__(9), int.__float__(1))
print(list.__getitem__([1, 2, 3], 1), list.__contains__([1], 1), dict.__len__({1: 2}))
l = [3]
list.__setitem__(l, 0, 'x')
list.__delitem__(l, 0) if False else None
print(l, list.__iter__([1]).__next__())
print(object.__eq__(1, 1), object.__ne__(1, 2), object.__hash__(None) == hash(None))
print(type(int.__dict__['__add__']).__name__, int.__add__.__name__, int.__add__.__qualname__)
print(int.__add__.__objclass__, (5).__add__.__self__ if hasattr((5).__add__, '__self__') else 'no self')
try:
    int.__add__()
except TypeError as e:
    print(e)
try:
    int.__neg__('x')
except TypeError as e:
    print(e)
try:
    int.__add__(1, 2, 3)
except TypeError as e:
    print(e)
class Sub(int):
    pass
print(int.__add__(Sub(1), 2), object.__repr__(Sub(1)).startswith('<__main__.Sub object'))
print(object.__init__ is object.__dict__['__init__'], object.__new__(object).__class__)
