import struct
print(struct.pack('<i', 5))
struct.pack('<i', 'x')
