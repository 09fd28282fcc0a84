vals = [0, 1, -1, 5, -5, 2**47, -2**47, 2**60 + 3, -(2**60 + 3), 10**30]
for a in vals:
    print(a, [a << s for s in (0, 1, 3, 17, 48, 64, 100)])
    print(a, [a >> s for s in (0, 1, 3, 17, 48, 64, 100, 1000)])
print(1 << 200 >> 199, -1 >> 10**20, 5 >> 10**20)
for s in (-1, -(10**20)):
    try:
        print(1 << s)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(1 >> s)
    except ValueError as e:
        print(type(e).__name__, e)
