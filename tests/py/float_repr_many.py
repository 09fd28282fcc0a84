x = 1.0
out = []
for i in range(60):
    out.append(repr(x))
    x = x * 3.7 + 0.013
print(out)
y = 1.0
out = []
for i in range(60):
    out.append(repr(y))
    y = y / 7.3
print(out)
print([repr(10.0 ** e) for e in range(-20, 25)])
print([repr(2.0 ** e) for e in range(-60, 70, 7)])
print([repr(i / 10) for i in range(0, 30)])
