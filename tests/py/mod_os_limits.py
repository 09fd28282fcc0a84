import io, os, struct, array, hashlib, random, binascii
tests = [lambda: array.array('i', [0]) * (2**62), lambda: io.StringIO().seek(2**62) and None, lambda: (lambda s: (s.seek(2**50), s.write('x')))(io.StringIO()),
 lambda: (lambda s: (s.seek(2**50), s.write(b'x')))(io.BytesIO()), lambda: os.urandom(2**62), lambda: os.read(0, -1), lambda: random.getrandbits(2**62),
 lambda: hashlib.shake_128(b'').digest(2**40), lambda: struct.pack('999999999s', b''), lambda: struct.calcsize('9999999999999999999999999s'),
 lambda: array.array('b', range(10))[::0], lambda: io.StringIO('abc').read(-2**63), lambda: io.BytesIO(b'a').readline(2**63), lambda: struct.unpack_from('<i', b'abcd', 2**62),
 lambda: random.Random().randbytes(-1), lambda: array.array('d').fromfile(io.BytesIO(), -1), lambda: os.lseek(999, 0, 0), lambda: binascii.a2b_base64(b'=' * 1000),
 lambda: random.seed(-2**10000), lambda: array.array('u', 'x' * 3).pop(5), lambda: io.StringIO().truncate(2**63)]
for i, t in enumerate(tests):
    try: r = t(); print(i, 'ok', type(r).__name__)
    except Exception as e: print(i, type(e).__name__, str(e)[:80])
