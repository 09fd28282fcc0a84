print(round(2.5), round(3.5), round(-2.5), round(1.234, 1), round(1.25, 1), round(12345, -2), round(7), round(2.675, 2))
print(round(1.5, None), type(round(2.0)), type(round(2.0, 0)), round(-0.5))
print(pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(2, -1, 7), pow(3, 200, 1000), pow(2.0, 0.5), pow(-8, 1/3) == (-8) ** (1/3))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
tests = [lambda: round('x'), lambda: round(1, 'a'), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: round(),
         lambda: round(1, 2, 3), lambda: round(1, x=2), lambda: pow(1), lambda: round(1, number=1)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
