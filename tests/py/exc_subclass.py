class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'

try:
    raise AppError(404, 'not found')
except AppError as e:
    print(e, e.code, e.args, repr(e), isinstance(e, Exception))

class Detailed(ValueError):
    pass
try:
    raise Detailed('d', 1)
except ValueError as e:
    print(type(e).__name__, e, e.args)

class NoInit(Exception):
    pass
e = NoInit('a', 'b')
print(e.args, str(e))

class Custom(Exception):
    def __init__(self):
        pass
c = Custom()
print(c.args, repr(c))

class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.extra = 'set in new'
        return self
w = WithNew(1)
print(w.extra, w.args)

class KE(KeyError):
    pass
print(str(KE('x')), repr(KE('x')))
class OSE(OSError):
    pass
o = OSE(2, 'nf', 'f')
print(type(o).__name__, o, o.errno)
e = Exception()
e.anything = [1, 2]
print(e.anything, e.__dict__)
try:
    raise 5
except TypeError as err:
    print(err)
try:
    raise int
except TypeError as err:
    print(err)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except ValueError:
    print('ok')
