e = SyntaxError('invalid syntax', ('t.py', 3, 5, 'x = = 1\n', 3, 6))
print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(e.args)
e = SyntaxError('msg')
print(e, e.msg, e.filename, e.lineno)
e = SyntaxError('m', ('/a/b/c.py', 10, 1, 'line'))
print(e)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    compile('x = = 1', 'bad.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, err.filename, err.lineno)
try:
    eval('1 +')
except SyntaxError as err:
    print(type(err).__name__)
