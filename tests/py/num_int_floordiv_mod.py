vals = [7, -7, 1, -1, 13, -13, 2**50 + 3, -(2**50 + 3), 10**30 + 7, -(10**30 + 7)]
divs = [1, -1, 2, -2, 3, -3, 7, -7, 2**49, -(2**49), 10**15 + 1, -(10**25)]
for a in vals:
    print(a, [a // b for b in divs])
    print(a, [a % b for b in divs])
    print(a, [divmod(a, b) for b in divs])
