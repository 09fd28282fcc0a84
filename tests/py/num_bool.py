print(True, False, repr(True), str(False), int(True), float(False))
print(True + True, True * 10, -True, ~True, ~False, True / 2, True // 2, True % 2, True ** 10)
print(True & False, True | False, True ^ True, True & 3, 6 | False, type(True & True).__name__, type(True & 1).__name__)
print(bool(), bool(0), bool(1), bool(-0.0), bool(''), bool('x'), bool([]), bool([0]), bool(None), bool(0j))
print(isinstance(True, int), issubclass(bool, int), True == 1, hash(True), True < 2, max(True, False))
print(True.bit_length(), True.real, True.numerator, True.as_integer_ratio(), (True).conjugate())
print(sum([True, True, False]), divmod(True, 2), round(True), abs(False), True << 3)
try:
    bool(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    class X(bool):
        pass
except TypeError as e:
    print('TypeError', e)
