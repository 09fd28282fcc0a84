import struct
data = bytes(40)
print(struct.unpack('<5d', data))
struct.unpack('<6d', data)
