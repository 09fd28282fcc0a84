vals = [7.5, -7.5, 1.0, -1.0, 0.0, -0.0, 1e300, 5.25, 3.0, -0.1]
divs = [2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e-5, float('inf'), float('-inf')]
for a in vals:
    print(a, [a // b for b in divs])
    print(a, [a % b for b in divs])
    print(a, [divmod(a, b) for b in divs[:4]])
print(-7 % 2.5, 7 % -2.5, 5 % float('inf'), -5 % float('inf'), float('inf') // 1, 0.0 % -1.0)
