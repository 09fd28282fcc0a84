print(1 + 0.5, 2 * 1.5, 7 / 2.0, 7.0 // 2, 7 % 2.5, 2 ** 0.5, 10 - 0.25, -3 // 2.0)
print(10**20 + 0.5, 10**20 * 1.5, 2**100 / 3.0, 3.0 / 2**100, 10**300 * 1e-300)
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(7.5, 2))
try:
    print(10**400 + 1.0)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(1.5 * 10**400)
except OverflowError as e:
    print('OverflowError', e)
print(float(2**53 + 1), float(2**53 + 3), float(-(2**64 + 1)), float(10**308), float(2**1023 * 3 // 2))
print(float(2**1024 - 2**971), float(12345678901234567890123), float(-(3**200)))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print('OverflowError', e)
