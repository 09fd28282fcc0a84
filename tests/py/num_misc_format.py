x = 3.14159
n = 1234567
print(f"{x:.2f} {n:,} {n:_x} {x!r} {x:10.3e} {n:>12} {-x:+.1f} {0.5:%} {n:#o}")
print(f"{1e100:g} {2**64:e} {True:d} {False!s} {1.0:g} {-0.0:g} {1e-10:.3}")
print("%d %i %5.2f %x %o %e %g %r %s" % (42, 3.7, 2.345, 255, 8, 12345.678, 0.00001, 1.5, 2.5))
print(str(1.0), str(10**20), str(-5), repr(2.0**100), 1.5.__repr__(), int.__repr__(5))
print(int.__add__(1, 2), float.__mul__(2.0, 3), int.__radd__(1, 2), (5).__rsub__(3), (2.5).__rtruediv__(1))
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), int.__lt__(1, 2.5), (1).__eq__('a'))
print(sorted([2, 1.5, True, -3, 10**20, -0.5]), list(map(float, ['1', '2.5', ' 3 '])))
print(hash(10**100) == hash(10**100 + 0), {1: 'a', 1.0: 'b'}, {2**70: 1}[2**70])
import math
print(math.floor(-3.5), math.ceil(3.000001), round(-2.675, 2), divmod(-7.5, 2), abs(-10**30))
print(int('٣'), float('１.５')) if False else print('skip-unicode')
print((10**20).bit_length(), (-1).bit_count(), int.from_bytes(b'\x00\x01', 'little'), (65).to_bytes(1, 'big'))
print(1 if 0.0 else 2, not 0j, 5 if 10**30 else 0, bool(float('nan')))
class N:
    def __index__(self): return 5
print([10, 20, 30, 40, 50, 60][N()], bin(N()), hex(255), oct(-8), round(7.5), round(N()) if hasattr(N, '__round__') else 'x')
print(pow(2, 0.5), pow(-2, 2), pow(2, -2), 2 ** -1, (-8) ** (1/3))
print(complex(1, 2) * 2, 2 / (1 + 1j), (1 + 2j).conjugate(), abs(-3j), complex('1e3+2e-3j'))
print(1 < 2.0 < 3 < 10**20, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
