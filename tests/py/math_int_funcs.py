import math
print([math.factorial(n) for n in range(15)])
print(math.factorial(50), len(str(math.factorial(1000))), math.factorial(True))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(0, -5))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(2**70, 3), math.lcm(0, 5), math.lcm(3, 5, 7))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 10**40 + 1, 2**101]])
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(10**6, 2))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(30, 10))
for f in [lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.factorial(10**20), lambda: math.isqrt(-1),
          lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.perm(3, -1), lambda: math.gcd(1.5),
          lambda: math.comb(5, 1.0), lambda: math.lcm('a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
