for v, n, order, signed in [(1024, 2, 'big', False), (1024, 2, 'little', False), (-1, 1, 'big', True),
                            (-129, 2, 'big', True), (255, 1, 'big', False), (0, 0, 'big', False),
                            (2**64 - 1, 8, 'little', False), (-(2**63), 8, 'big', True), (10**20, 12, 'big', False)]:
    b = v.to_bytes(n, order, signed=signed)
    print(v, b, int.from_bytes(b, order, signed=signed))
print((5).to_bytes(), (5).to_bytes(3), int.from_bytes(b'\x01\x00'), int.from_bytes([1, 2, 3], 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True))
for call in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'mid'),
             lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes('ab', 'big'), lambda: (128).to_bytes(1, 'big', signed=True)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
