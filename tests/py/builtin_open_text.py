fn = '/tmp/leones_tmp_builtin_open_text_%x.txt' % id(object())
with open(fn, 'w') as f:
    print(f.name == fn, f.mode, f.closed, f.writable(), f.readable())
    print(f.write('line one\n'), f.write('line two\nline three'))
    f.writelines(['\n', 'four\n'])
print(f.closed)
with open(fn) as f:
    print(repr(f.read()))
with open(fn) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(fn) as f:
    print([line.rstrip('\n') for line in f])
with open(fn) as f:
    print(repr(f.read(4)), repr(f.read(5)), f.tell())
    f.seek(0)
    print(repr(f.read(8)))
with open(fn, 'a') as f:
    f.write('appended\n')
print(open(fn).read().splitlines()[-1])
with open(fn, 'w', encoding='utf-8') as f:
    f.write('héllo → wörld\n')
with open(fn, encoding='utf-8') as f:
    s = f.read()
    print(s, len(s))
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
with open(fn) as f:
    print(repr(f.read()))
