import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(100)), math.fsum([1e308, -1e308, 1.0]), math.fsum([0.1, 0.2, 0.3]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0**53, 1.0, 1e-15]), math.fsum([-0.0, -0.0]), math.fsum(x / 7 for x in range(50)))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([-math.inf, -math.inf]))
for f in [lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum(['a']), lambda: math.fsum(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.prod([], start=5), math.prod(['a', 3], start=1), math.prod([2**40] * 5))
