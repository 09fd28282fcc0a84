import struct
data = struct.pack('<10h', *range(10))
it = struct.iter_unpack('<2h', data)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
s = struct.Struct('>Hb')
rows = [s.pack(i * 100, -i) for i in range(5)]
print(b''.join(rows), [s.unpack(r) for r in rows], list(s.iter_unpack(b''.join(rows))))
buf = bytearray(s.size * 5)
for i in range(5): s.pack_into(buf, i * s.size, i, i)
print(buf, [s.unpack_from(buf, i * s.size) for i in range(5)])
print(struct.unpack_from('>H', buf), struct.unpack_from('>H', buf, offset=3), struct.unpack_from('>H', buf, -3))
mv = memoryview(buf)
print(struct.unpack_from('>2H', mv, 6))
