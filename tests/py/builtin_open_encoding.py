fn = '/tmp/leones_builtin_open_encoding_%x.txt' % id(object())
with open(fn, 'w', encoding='latin-1') as f:
    print(f.encoding, f.write('café ÿ\n'))
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, encoding='latin-1') as f:
    print(repr(f.read()))
with open(fn, encoding='latin-1') as f:
    print(repr(f.read(3)), repr(f.readline()))
with open(fn, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
try:
    open(fn, encoding='ascii').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(fn, 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve\n')
print(open(fn, 'rb').read())
try:
    with open(fn, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    open(fn, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
with open(fn, 'w', encoding='utf8') as f:
    print(f.encoding)
