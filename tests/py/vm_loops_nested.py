res = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        res.append((i, j))
print(res)
k = 0
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        k += outer * inner
        inner += 1
    outer += 1
print(k)
for c in "abc":
    for d in (1, 2):
        print(c, d, end=" ")
print()
