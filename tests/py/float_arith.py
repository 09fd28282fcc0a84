vals = [0.0, -0.0, 1.5, -1.5, 3.0, -7.25, 1e300, 1e-300, 0.1]
for a in vals:
    print(a, [a + b for b in vals])
    print(a, [a - b for b in vals])
    print(a, [a * b for b in vals])
    print(a, [a / b for b in vals if b != 0])
