class B(bytes):
    def twice(self): return self + self
b = B(b"ab")
print(b, type(b).__name__, b.twice(), type(b.twice()).__name__, b == b"ab", b[0], b[:1], len(b), b.upper(), b.hex())
class BA(bytearray):
    pass
x = BA(b"xy")
x.append(122)
print(x, type(x).__name__, x[1:], len(x), x == b"xyz")
