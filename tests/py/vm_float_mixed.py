vals = [0, 1, -1, 2.5, -0.5, 3]
for a in vals:
    row = []
    for b in vals:
        row.append((a + b, a - b, a * b))
    print(row[1], row[3])
print(1 / 3, 2 / 3, 10 / 4, 1e16 + 1, 0.1 * 3)
print(3 < 3.5, 3.5 < 3, 2 == 2.0, 1.0 != 1)
x = 5
x /= 2
print(x)
