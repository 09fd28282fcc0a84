ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor']
syms = ['+=', '-=', '*=', '@=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']
class I:
    def __init__(self):
        self.log = []
for op in ops:
    setattr(I, '__i%s__' % op, (lambda name: lambda self, other: (self.log.append(name), self)[1])(op))
x = I()
for s in syms:
    exec('x ' + s + ' 1')
print(x.log)
class Fallback:
    def __add__(self, o):
        return 'add'
    def __radd__(self, o):
        return 'radd'
y = Fallback()
y += 1
print(y)
z = 1
z += Fallback()
print(z)
