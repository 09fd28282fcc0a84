import struct
s = struct.Struct('<2h')
buf = bytearray(3)
s.pack_into(buf, 0, 1, 2)
