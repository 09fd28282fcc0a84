import struct
print(struct.calcsize('<i'))
struct.pack('<iZ', 1, 2)
