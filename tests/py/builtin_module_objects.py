import sys, time
print(repr(sys), repr(time), type(sys).__name__)
print(sys.__name__, time.__name__, sys.__dict__ is vars(sys), sys.__doc__ is None or isinstance(sys.__doc__, str))
M = type(sys)
m = M('mymod')
print(repr(m), m.__name__, m.__doc__, sorted(vars(m)))
m.x = 1
print(m.x, 'x' in dir(m))
del m.x
print(hasattr(m, 'x'))
try:
    m.nope
except AttributeError as e:
    print(e)
try:
    del m.nope
except AttributeError as e:
    print(e)
m2 = M('withdoc', 'the doc')
print(m2.__doc__)
