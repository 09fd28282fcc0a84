x = 1
for i in range(70):
    x = x * 2
print(x)
y = 2 ** 47
print(y + y, y * 4, -(y * 2) - 1, (y * 2) - 1)
z = 140737488355327
z += 1
print(z, z - 1, -z, -z - 1)
print(123456789 * 987654321, 99999999999 * 99999999999)
a = -140737488355328
print(-a, a - 1, a // -1, abs(a))
print((1 << 48) // 3, (1 << 48) % 1000)
s = 0
for i in range(100000):
    s += i * i
print(s)
