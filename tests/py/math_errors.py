import math
fs = [lambda: math.sqrt(-1), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.asin(-2), lambda: math.acosh(0),
      lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.cosh(1000), lambda: math.sinh(-1000), lambda: math.gamma(0),
      lambda: math.gamma(-1), lambda: math.gamma(200), lambda: math.lgamma(-1), lambda: math.lgamma(1e308),
      lambda: math.tan(math.inf), lambda: math.sin(math.inf), lambda: math.pow(0, -1), lambda: math.pow(-1, 0.5),
      lambda: math.pow(1e300, 2), lambda: math.ldexp(1, 10000), lambda: math.fmod(math.inf, 1), lambda: math.fmod(1, 0),
      lambda: math.remainder(1, 0), lambda: math.sqrt('x'), lambda: math.sin(), lambda: math.sin(1, 2), lambda: math.atan2(1),
      lambda: math.sqrt(10**400), lambda: math.isinf(10**400), lambda: math.exp2(2000), lambda: math.expm1(1000)]
for f in fs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.exp(-1000), math.sqrt(-0.0), math.exp(math.inf), math.exp(-math.inf), math.sqrt(math.inf), math.atan(math.inf))
