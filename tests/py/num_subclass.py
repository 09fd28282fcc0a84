class MyInt(int):
    def double(self):
        return self * 2
class MyFloat(float):
    pass
a = MyInt(21)
print(a, a.double(), type(a).__name__, type(a + 1).__name__, a + 1, -a, isinstance(a, int), a == 21, hash(a) == hash(21))
b = MyInt('ff', 16)
print(b, int(b), type(int(b)).__name__, MyInt(2**100) // 3, str(MyInt(-5)), repr(MyInt(7)))
f = MyFloat(2.5)
print(f, f * 2, type(f * 2).__name__, float(f), type(float(f)).__name__, f.is_integer(), round(f), f.hex())
print(MyInt.from_bytes(b'\x01\x00', 'big'), type(MyInt.from_bytes(b'\x01', 'big')).__name__, MyFloat.fromhex('0x1p3'))
print(int.__new__(MyInt, 5) + 1, float.__new__(MyFloat, '1.5') * 2, type(float.__new__(MyFloat, 1)).__name__)
