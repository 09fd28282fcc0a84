x = 1
acc = []
for i in range(1, 3000):
    x = x * i + (x >> 7)
    if i % 500 == 0:
        acc.append(x % (10**30))
print(acc, x.bit_length())
s = 0
for i in range(20000):
    s += (3 ** 300 + i) * (7 ** 200 - i) // (i + 1)
print(s % 10**40)
