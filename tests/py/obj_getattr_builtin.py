print((5).real, (5).imag, (2.5).real, 'abc'.upper())
try:
    (5).foo
except AttributeError as e:
    print(e)
try:
    'x'.foo = 1
except AttributeError as e:
    print(e)
try:
    [].append = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    int.nope
except AttributeError as e:
    print(e)
print(getattr([], 'pop').__name__, hasattr(1, 'bit_length'), hasattr(1, 'nope'))
f = [3, 1, 2].sort
print(type(f).__name__)
print(type(list.append).__name__, type(int.__add__).__name__, type(object.__init__).__name__)
print(type(list.__dict__['append']).__name__, repr(int.__add__), repr(object.__repr__))
print(int.__add__(1, 2), list.__len__([1, 2, 3]), object.__repr__(None) == repr(None) or True)
try:
    int.__add__('a', 1)
except TypeError as e:
    print(e)
print((3).__add__('x'), (3).__radd__(4), (2).__pow__(3), (2).__rpow__(3))
print([1, 2].__contains__(2), {1: 2}.__getitem__(1), 'ab'.__len__())
print(str.__new__(str, 5), int.__new__(int, '7'), tuple.__new__(tuple, [1]))
print(getattr(int, '__hash__')(7), list.__hash__)
