import struct
for fmt in ['bi', 'ib', 'bq', 'hd', 'ch', '?l', 'bbbi', 'idb', 'i0l', '3si', 'P', 'n', 'N', 'bP', '2hq', 'x', '5x', 'xi', 'cid', '@ihq', '=ihq', '<ihq', '>ihq', '!ihq']:
    print(fmt, struct.calcsize(fmt))
print(struct.pack('bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('@bq', -1, -2))
print(struct.unpack('bi', b'\x01\x00\x00\x00\x02\x00\x00\x00'), struct.unpack('hd', struct.pack('hd', 3, 1.25)))
print(struct.pack('i0l', 7), struct.pack('0i'), struct.calcsize(''), struct.pack(''), struct.unpack('', b''))
print(struct.pack('4s', b'abcdef'), struct.pack('4s', b'a'), struct.unpack('4s', b'ab\x00d'), struct.pack('1p', b'xyz'), struct.pack('256p', b'q' * 300)[:3])
print(struct.pack('ccc', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'))
try: struct.pack('c', bytearray(b'z'))
except struct.error as e: print(e)
print(struct.pack('>q', -1), struct.pack('<Q', 1), struct.pack('!i', -2), struct.pack('>3B', 1, 2, 255))
print(struct.pack('<i', 2**31 - 1), struct.pack('<i', -2**31), struct.pack('<H', 0), struct.pack('<b', -128))
class Idx:
    def __index__(self): return 42
print(struct.pack('<i', Idx()), struct.pack('<Q', Idx()), struct.pack('<?', Idx()))
