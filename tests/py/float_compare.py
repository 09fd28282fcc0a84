nan = float('nan')
inf = float('inf')
vals = [-inf, -1.5, -0.0, 0.0, 1.5, inf, nan]
for a in vals:
    print([a < b for b in vals], [a == b for b in vals], [a != b for b in vals])
print(nan == nan, nan is nan, [nan] == [nan], 0.0 == -0.0, 1.0 == 1, 2.5 > 2, 1e308 < 10**400)
print(sorted([3.5, -1, 2, 0.5, -7.25, 10**20]), max(1, 2.5), min(-0.0, 0.0))
