fn = '/tmp/leones_builtin_open_options_%x.txt' % id(object())
with open(fn, 'wb') as f:
    f.write(b'caf\xc3\xa9 \xff bad\r\nline2\rline3\n')
for errors in ['replace', 'ignore']:
    with open(fn, errors=errors) as f:
        print(errors, repr(f.read()))
try:
    open(fn).read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(fn, newline='', errors='replace') as f:
    print(repr(f.read()))
with open(fn, newline='', errors='replace') as f:
    print(f.readlines())
with open(fn, newline='\n', errors='replace') as f:
    print(f.readlines())
with open(fn, errors='replace') as f:
    print(f.readlines())
for bad in [lambda: open(fn, newline='x'), lambda: open(fn, errors='nonsense').read(), lambda: open(fn, 'rb', newline='')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
