import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 100.5]:
    print(x, math.sqrt(x), math.exp(x), math.log1p(x), math.sin(x), math.cos(x), math.tan(x), math.atan(x),
          math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.erf(x), math.erfc(x), math.expm1(x), math.cbrt(x),
          math.exp2(x), math.fabs(-x))
print(math.acos(0.5), math.asin(0.5), math.acosh(2), math.atanh(0.5), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.copysign(3, -0.0), math.fmod(7, -3), math.fmod(-7, 3))
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 2), math.gamma(5), math.lgamma(1), math.lgamma(2))
print(math.gamma(0.5), math.lgamma(10), math.gamma(-1.5), math.lgamma(-2.5), math.gamma(171.5), math.gamma(-170.5), math.lgamma(1e300))
