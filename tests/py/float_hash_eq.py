pairs = [(1, 1.0), (2**52, float(2**52)), (2**60, float(2**60)), (-(2**70), float(-(2**70))), (0, -0.0), (10**20, 1e20)]
for i, f in pairs:
    print(i == f, hash(i) == hash(f))
print(hash(0.5), hash(-0.25), hash(1e-5), hash(2.0**-50), hash(1.7976931348623157e308), hash(5e-324))
s = {1, 1.0, 2, 2.5, 2.50, 10**20, 1e20}
print(len(s), sorted(s))
