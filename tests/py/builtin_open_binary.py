fn = '/tmp/leones_tmp_builtin_open_binary_%x.bin' % id(object())
with open(fn, 'wb') as f:
    print(f.mode, f.write(b'\x00\x01\x02abc'), f.write(bytearray(b'xyz')))
with open(fn, 'rb') as f:
    print(f.read(2), f.read(), f.read())
with open(fn, 'r+b') as f:
    print(f.mode)
    f.seek(3)
    f.write(b'ABC')
    f.seek(0)
    print(f.read())
    print(f.tell())
    f.seek(-2, 2)
    print(f.read())
with open(fn, 'rb') as f:
    print(f.readline(), list(f))
