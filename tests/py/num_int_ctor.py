print(int(), int(5), int(-5.9), int(5.9), int(1e20), int(-0.0), int(True), int('  10  '))
print(int(b'42'), int(bytearray(b'-7')), int(b'ff', 16), int('10', base=2))
class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class C:
    def __trunc__(self):
        return 9
print(int(A()), int(B()), int(C()))
for args in [(3.5, 10), ('1', 1), ('1', 37), ([],), (1j,), (float('nan'),), (float('inf'),), (b'x',)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    int(base=10)
except TypeError as e:
    print('TypeError', e)
