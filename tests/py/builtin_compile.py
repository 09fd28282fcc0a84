c = compile('x = 1\nprint(x + 1)', 'mod.py', 'exec')
print(type(c).__name__, c.co_filename, c.co_name)
exec(c)
e = compile('6 * 7', '<expr>', 'eval')
print(eval(e))
s = compile('1 + 1', '<single>', 'single')
exec(s)
try:
    compile('x = ', 'bad.py', 'exec')
except SyntaxError as err:
    print('SyntaxError', err.filename, err.lineno)
tests = [lambda: compile('1', 'f', 'x'), lambda: compile(1, 'f', 'exec'), lambda: compile('1', 'f'),
         lambda: compile('1', 'f', 'exec', 0x12345678)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
