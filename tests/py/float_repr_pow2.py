import math
# repr near powers of two, where the rounding interval is lopsided
out = []
for k in range(-1074, 1024, 3):
    x = 2.0 ** k
    out.append(repr(x))
    out.append(repr(math.nextafter(x, 0)))
    out.append(repr(math.nextafter(x, math.inf)))
for i in range(0, len(out), 6):
    print(' '.join(out[i:i + 6]))
print(2.0 ** 710, 2.0 ** -1074, 2.0 ** 1023, 2.0 ** -1022, math.nextafter(2.0 ** -1022, 0))
