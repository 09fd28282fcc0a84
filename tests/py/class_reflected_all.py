ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor']
syms = ['+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '|', '^']
class R:
    pass
for op in ops:
    setattr(R, '__r%s__' % op, (lambda name: lambda self, other: f'r{name}({other})')(op))
r = R()
for s in syms:
    print(s, eval('3 ' + s + ' r'))
print(divmod(3, r) if hasattr(R, '__rdivmod__') else 'no rdivmod')
R.__rdivmod__ = lambda self, o: ('rdivmod', o)
print(divmod(7, r))
for s in syms:
    try:
        eval('r ' + s + ' 3')
    except TypeError as e:
        print(e)
