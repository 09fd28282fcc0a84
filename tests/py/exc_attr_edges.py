e = ValueError(1)
try:
    e.args = 5
except TypeError as err:
    print(err)
try:
    del e.args
except TypeError as err:
    print(err)
try:
    del e.__cause__
except TypeError as err:
    print(err)
try:
    del e.__traceback__
except TypeError as err:
    print(err)
print(e.__suppress_context__, e.__cause__, e.__context__, e.__traceback__)
try:
    e.__suppress_context__ = 1
except TypeError as err:
    print(err)
e.__suppress_context__ = True
print(e.__suppress_context__)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(n.args, str(n), repr(n))
print(BaseException().__reduce__(), ValueError('x').__reduce__())
k = KeyError()
print(str(k), repr(k))
o = OSError(2, 'x', 'f', 3, 'g')
print(o.filename2, o.args, str(o))
print(OSError(2, 'x', 'f', 3).filename2)
s = SyntaxError()
print(s.msg, s.lineno, str(s), repr(s))
i = ImportError('m', name=None)
print(i.name, repr(i))
u = UnicodeDecodeError('utf-8', bytearray(b'ab'), 0, 1, 'r')
print(type(u.object).__name__, u)
print(StopIteration(1, 2).value, StopIteration().args)
print(isinstance(ValueError('x'), Exception), issubclass(type(ValueError('x')), BaseException))
print(ValueError.__mro__)
print(KeyError.__str__ is BaseException.__str__, OSError.__str__ is BaseException.__str__)
