for a in [2.0, -2.0, 0.5, 0.0, 1.0, -1.0, 10.0]:
    print(a, [a ** b for b in [0, 1, 2, 3, -1, -2, 0.5, 10]  if not (a == 0 and b < 0) and not (a < 0 and b == 0.5)])
print((-8) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5, 2 ** 0.5, 4 ** 0.5, 1.0 ** float('nan'), float('nan') ** 0)
print(float('inf') ** 2, float('inf') ** -1, (-float('inf')) ** 3, 0.0 ** 0.0, 2.0 ** -1074)
for a, b in [(0.0, -1), (0, -1.0), (10.0, 400), (1e200, 2)]:
    try:
        print(a ** b)
    except Exception as e:
        print(type(e).__name__, e)
