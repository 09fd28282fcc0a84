import struct
print(struct.pack('<hHiIqQ', -2, 65535, -3, 4000000000, -2**63, 2**64 - 1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 4000000000, -2**63, 2**64 - 1)))
print(struct.pack('>bB?c', -1, 255, 3, b'z'), struct.unpack('>bB?c', b'\xff\xff\x01z'))
print(struct.pack('<fde', 1.5, -0.1, 65504.0), struct.unpack('<fde', struct.pack('<fde', 1.5, -0.1, 65504.0)))
print(struct.unpack('<e', bytes([0, 0x3c])), struct.unpack('<e', bytes([1, 0])), struct.pack('<e', 1e-7))
print(struct.pack('3s', b'abcdef'), struct.pack('5p', b'ab'), struct.unpack('5p', b'\x02abcd'), struct.pack('<2h3x', 1, 2))
print(struct.calcsize('@bi'), struct.calcsize('<bi'), struct.calcsize('@bq'), struct.calcsize('=bq'), struct.calcsize('5s2x'))
print(struct.pack('@bi', 1, 2), struct.pack('!i', 1), struct.pack('>l', -1), struct.pack('@P', -1))
s = struct.Struct('<2d')
print(s.size, s.format, s.unpack(s.pack(1.0, 2.0)), s.unpack_from(bytes(20), 4))
buf = bytearray(12)
struct.pack_into('<hi', buf, 2, 7, 9)
print(buf, struct.unpack_from('<hi', buf, offset=2), struct.unpack_from('<h', buf, -10))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
data = struct.pack('<6d', *[float(i) for i in range(6)])
total = 0.0
for off in range(0, len(data), 8):
    total += struct.unpack_from('d', data, off)[0]
print(total, struct.unpack_from('dddddd', data, 0))
tests = ['struct.pack("h", 2**20)', 'struct.pack("B", 256)', 'struct.pack("b", -200)', 'struct.pack("i", 2**40)',
         'struct.pack("I", -1)', 'struct.pack("Q", -1)', 'struct.pack("q", 2**64)', 'struct.pack("i", 1.5)',
         'struct.pack("d", "x")', 'struct.pack("z")', 'struct.pack("i")', 'struct.pack("ii", 1)',
         'struct.unpack("i", b"abc")', 'struct.unpack_from("i", b"abc", 1)', 'struct.unpack_from("i", b"abcdef", -1)',
         'struct.pack("c", b"ab")', 'struct.pack("s", 1)', 'struct.pack("<n", 1)', 'struct.calcsize("3")',
         'struct.pack("<I", 2**32)', 'struct.pack("<H", -1)', 'struct.pack("<e", 1e10)', 'struct.pack("<h", None)',
         'struct.pack_into("i", bytearray(2), 0, 1)', 'struct.iter_unpack("<h", b"\\x01")']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
print(struct.error.__name__, issubclass(struct.error, Exception))
