import struct
for fmt, vals in [('b', (-128,)), ('B', (255,)), ('?', (True,)), ('h', (-2,)), ('H', (65535,)), ('i', (-5,)),
                  ('I', (2**32 - 1,)), ('l', (-7,)), ('L', (7,)), ('q', (-2**63,)), ('Q', (2**64 - 1,)),
                  ('n', (-3,)), ('N', (3,)), ('e', (1.5,)), ('f', (0.1,)), ('d', (0.1,)), ('c', (b'x',)),
                  ('5s', (b'abc',)), ('3p', (b'abcdef',)), ('P', (12345,)), ('2x', ()), ('?', (0,))]:
    for order in '@=<>!':
        if order != '@' and fmt in 'nNP':
            continue
        b = struct.pack(order + fmt, *vals)
        print(order + fmt, b, struct.unpack(order + fmt, b), struct.calcsize(order + fmt))
print(struct.calcsize('bhiq'), struct.calcsize('=bhiq'), struct.calcsize('@qb'), struct.calcsize('@bq'), struct.calcsize('ci0q'))
print(struct.pack('>3h2x?', 1, 2, 3, True), struct.unpack('<2i', b'\x01\x00\x00\x00\xff\xff\xff\xff'))
print(struct.pack('<e', 65504.0), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<d', struct.pack('<d', float('nan'))))
print(struct.pack('<f', float('inf')), struct.unpack('>d', b'\x7f\xf0\x00\x00\x00\x00\x00\x01'))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('??', b'\x00\x05'))
print(struct.pack('0s', b'xy'), struct.unpack('0s2s', b'ab'), struct.pack('s', b''), struct.pack('10p', b'hi'), struct.unpack('10p', struct.pack('10p', b'hi')))
print(struct.pack('< h h ', 1, 2), struct.pack('<i', True), struct.pack('d', 3), struct.pack('<Q', 2**63))
