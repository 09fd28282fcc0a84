vals = [0, 1, -1, 7, -7, 2**48 - 1, -2**48, 2**48, 2**62, -2**63, 2**64 + 5, 10**20, -10**20]
for a in vals:
    print(a, [a + b for b in vals])
    print(a, [a - b for b in vals])
