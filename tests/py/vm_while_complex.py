i = 0
out = []
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 15:
        break
    out.append(i)
else:
    out.append("never")
print(out)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
a = [5, 3, 8, 1]
while a:
    print(a.pop(), end=" ")
print()
