e = OSError(2, 'No such file or directory')
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e, e.filename, e.args)
e = OSError(1, 'Operation not permitted', 'a', None, 'b')
print(type(e).__name__, e, e.filename2)
for code in [17, 21, 20, 13, 1, 32, 10, 3, 4, 11, 111, 104, 103, 110, 9999]:
    print(code, type(OSError(code, 'msg')).__name__)
e = OSError('just a message')
print(type(e).__name__, e, e.errno, e.args)
e = OSError()
print(repr(e), e.errno)
e = FileNotFoundError(2, 'gone', 'f')
print(type(e).__name__, e)
e = OSError(13, 'denied')
print(isinstance(e, PermissionError), isinstance(e, OSError))
try:
    open('/nonexistent/definitely/not/here')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
except OSError as e:
    print('other', e)
e = OSError(2, 'x')
e.errno = 5
e.filename = 'f'
print(e)
