import math
for x in [1, 2, 10, 0.5, 1e-300, 1e300, 100, 1024, 2**64, 10**100, 2**2000, 10**500, True]:
    print(math.log(x), math.log2(x), math.log10(x), math.log(x, 10), math.log(x, 2))
print(math.log(8, 2), math.log(100, 10), math.log(3**1000, 3), math.log(2**2000, 2))
for f in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log(-10**500), lambda: math.log(1, 1),
          lambda: math.log(0.0), lambda: math.log2(-2), lambda: math.log10(0), lambda: math.log(), lambda: math.log('x'),
          lambda: math.log(1, 2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.log(math.inf), math.log(math.nan))
