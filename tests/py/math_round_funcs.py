import math
for v in [2.5, -2.5, 0.0, -0.5, 7, -7, 10**30, 1e30, True, 2**70 + 0.0]:
    print(math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
class R:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
print(math.floor(R()), math.ceil(R()), math.trunc(R()))
for f in [lambda: math.floor('x'), lambda: math.ceil([]), lambda: math.trunc('x'), lambda: math.floor(math.inf),
          lambda: math.ceil(math.nan)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.modf(2.5), math.modf(-3.75), math.modf(math.inf), math.modf(-math.inf), math.frexp(8), math.frexp(0.0), math.frexp(-3.5))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(1.5, 10**30 * 0) , math.ldexp(3, -10**30))
