try:
    raise ValueError('bad value')
except ValueError as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    raise KeyError('k')
except LookupError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == '', e.args)
e = Exception(1, 'two', 3.0)
print(str(e), repr(e), e.args)
print(str(Exception()), repr(Exception()), repr(Exception('x')))
print(str(Exception(None)), repr(KeyError()), str(KeyError(1, 2)))
print(str(ValueError([1, 2])), repr(IndexError('i')))
e.args = ('new',)
print(e, e.args)
e.args = [1, 2]
print(e.args)
