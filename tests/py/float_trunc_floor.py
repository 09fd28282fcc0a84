import math
for v in [2.5, -2.5, 0.0, -0.1, 1e20, -1e20, 3.9999999999999996]:
    print(v, int(v), math.trunc(v), math.floor(v), math.ceil(v), v.__trunc__(), v.__floor__(), v.__ceil__())
