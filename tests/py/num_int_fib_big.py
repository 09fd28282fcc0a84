a, b = 0, 1
for i in range(500):
    a, b = b, a + b
print(a)
print(a.bit_length(), a % 10**9)
s = 0
for i in range(1, 2000):
    s += i ** 5
print(s)
