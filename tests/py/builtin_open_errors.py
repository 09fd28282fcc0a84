fn = '/tmp/leones_tmp_builtin_open_errors_%x.txt' % id(object())
tests = [lambda: open('/nonexistent/dir/file.txt'), lambda: open(fn, 'q'), lambda: open(fn, 'rw'),
         lambda: open(fn, 'rb', encoding='utf-8'), lambda: open('.'), lambda: open(), lambda: open(fn, 'rt+b'),
         lambda: open(3.5)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
try:
    open('/nonexistent_file_xyz')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
f = open(fn, 'w')
f.close()
f.close()
for t in [lambda: f.write('x'), lambda: f.read(), lambda: f.flush(), lambda: iter(f)]:
    try:
        t()
    except ValueError as e:
        print('ValueError', e)
with open(fn, 'w') as g:
    try:
        g.read()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        g.write(b'x')
    except TypeError as e:
        print(e)
with open(fn, 'wb') as g:
    try:
        g.write('x')
    except TypeError as e:
        print(e)
with open(fn) as g:
    try:
        g.write('x')
    except Exception as e:
        print(type(e).__name__, e)
