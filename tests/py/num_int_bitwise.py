vals = [0, 1, -1, 6, -6, 255, -256, 2**48, -(2**48) - 1, 2**70 + 12345, -(2**70) + 99, 10**25]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
    print(~a, -a, +a, abs(a))
