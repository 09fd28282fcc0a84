print(int('  12 '), int(b'7'), int(bytearray(b'8')), int(3.9), int(-3.9), int(True), float('1e3'), float(b'2.5'), float(7))
for bad in ['x', '', '1.5', None, [], '12a']:
    try:
        int(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ['x', None, {}]:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class I(int): pass
class F(float): pass
print(int(I(5)), type(int(I(5))).__name__, float(F(2.5)), type(float(F(2.5))).__name__)
print(float(I(3)), int(F(2.7)))
import math
class Idx:
    def __index__(self): return 3
print(float(Idx()) if hasattr(float, '__index__') else 'skip', [1,2,3,4][Idx()], 'abcd'[Idx():])
try:
    float(Idx())
except TypeError as e:
    print(e)
print(int(Idx()))
class FF:
    def __float__(self): return 1
try:
    float(FF())
except TypeError as e:
    print(e)
print(round(2.5), round(3.5), abs(-2), divmod(7, -2), pow(2, -1), 7 // -2, -7 % 3)
print(True + True, True * 3, -True, ~True, True / 2, True & False, True | 2)
