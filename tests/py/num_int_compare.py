vals = [-(10**20), -2**48, -1, 0, 1, 2**48 - 1, 2**48, 10**20]
for a in vals:
    print([a < b for b in vals], [a == b for b in vals], [a >= b for b in vals])
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53), 10**400 > 1e308)
print(10**400 < float('inf'), -10**400 > float('-inf'), 1 == float('nan'), 1 != float('nan'))
print(2**63 < 2.0**63 + 1, 3 < 3.5, -3 > -3.5, 7 <= 7.0, 2**1000 == 2.0**1000, 2**1000 + 1 > 2.0**1000)
print(0.5 < 1, 1.5 > 1, 1e16 == 10**16, 1e16 + 2 == 10**16 + 2, True == 1, False < 1)
