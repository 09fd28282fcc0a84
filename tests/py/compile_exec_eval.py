print(eval('1 + 2 * 3'))
ns = {}
exec('x = 5\ndef f(y):\n    return x + y\n', ns)
print(ns['x'], ns['f'](1))
code = compile('a + b', '<expr>', 'eval')
print(eval(code, {'a': 1, 'b': 2}))
c2 = compile('for i in range(2): print(i)', '<s>', 'exec')
exec(c2)
print(eval('[i * 2 for i in range(3)]'))
try:
    eval('1 +\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile('x = (', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
