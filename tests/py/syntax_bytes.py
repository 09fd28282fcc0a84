b = b'hello'
print(b, b[0], b[1:3], len(b), b + b'!', b * 2)
print(b'\x00\x01', rb'\x00', b'' == bytes())
print(type(b''))
