for v in [0, 1, -1, 255, -256, 2**48, 10**30, -(2**100)]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, v.__index__(), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__abs__())
print((5).__getnewargs__(), (5).__bool__(), (0).__bool__(), int.__add__(2, 3), (7).__neg__())
print((10).__round__(), (15).__round__(-1), (25).__round__(-1), (-35).__round__(-1), (123456).__round__(-3))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(5, 2), round(-5, -5), round(10**30 + 5 * 10**20, -21))
