import math
print(math.isclose(1.0, 1.0000000001), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9),
      math.isclose(1, 1.05, rel_tol=0.1), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
print(math.isfinite(1.0), math.isfinite(math.inf), math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(10**300))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0.0, -1), math.nextafter(5, 5))
print(math.ulp(0), math.ulp(1), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308), math.ulp(5e-324))
print(math.hypot(), math.hypot(3), math.hypot(-3, 4), math.hypot(3, 4, 12), math.hypot(1e300, 1e300), math.hypot(math.inf, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist((1.5,), (-1,)))
try:
    math.dist([1], [1, 2])
except ValueError as e:
    print('ValueError', e)
print(math.pow(2, 0.5), math.pow(-2, 3), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(4, -0.5), math.pow(0, 0))
print(math.cbrt(-27), math.cbrt(8), math.exp2(10), math.exp2(-1), math.exp2(0.5))
try:
    math.nextafter(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
