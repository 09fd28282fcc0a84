import io
import sys
s = io.StringIO()
print(s.write('hello '), s.write('world\n'), s.tell())
s.writelines(['a\n', 'b\n'])
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
print([line for line in s])
t = io.StringIO('initial\nvalue')
print(repr(t.read()), repr(t.getvalue()))
t.seek(0)
t.write('INI')
print(repr(t.getvalue()))
t.truncate(4)
print(repr(t.getvalue()))
old = sys.stdout
sys.stdout = buf = io.StringIO()
print('captured', 42)
print('second line')
sys.stdout = old
print(repr(buf.getvalue()))
with io.StringIO() as u:
    u.write('x')
print(u.closed)
for bad in [lambda: u.write('y'), lambda: u.getvalue(), lambda: io.StringIO().write(5), lambda: io.StringIO(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'def')), b.getvalue())
b.seek(1)
print(b.read(2), b.read(), b.tell())
b.seek(-2, 2)
print(b.read())
print(io.BytesIO(b'x\ny\n').readlines())
try:
    b.write('str')
except TypeError as e:
    print(e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, ValueError))
with io.open(__file__) as f:
    print(f.readline().rstrip())
