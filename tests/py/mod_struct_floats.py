import struct, math
for v in [0.0, -0.0, 1.0, -1.5, 1e-310, 5e-324, 1e308, float('inf'), -float('inf'), math.pi, 1/3]:
    for c in 'efd':
        try:
            b = struct.pack('<' + c, v)
            print(c, v, b.hex(), struct.unpack('<' + c, b)[0], struct.unpack('>' + c, struct.pack('>' + c, v))[0])
        except (OverflowError, struct.error) as e:
            print(c, v, type(e).__name__, e)
for h in ['0000', '0080', '007c', '00fc', '01fc', 'ff7b', '0100', '0004', '003c', '3555']:
    print(h, struct.unpack('<e', bytes.fromhex(h)))
x = struct.unpack('<d', bytes.fromhex('010000000000f87f'))[0]
print(x != x, math.isnan(struct.unpack('<f', bytes.fromhex('0100c07f'))[0]))
print(struct.pack('<e', 0.00006103515625).hex(), struct.pack('<e', 2049).hex(), struct.pack('<e', 2051).hex(), struct.pack('<e', 65519).hex())
print(struct.pack('<f', 3.4028235e38).hex(), struct.pack('<f', 1.1754942e-38).hex(), struct.pack('<f', 0.1).hex())
