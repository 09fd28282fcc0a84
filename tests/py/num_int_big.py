f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), f % 1000003, f // 10**150)
x = 2**1000
print(x, x - 1, x + 1, x * x % (10**50), x // 3, x % 7)
print(str(-x)[:30], hex(x)[:20], oct(x)[:20], bin(x)[:20])
a = 3**500
b = 7**300
print(a * b % (2**127 - 1), a // b, a % b, divmod(-a, b)[1])
print((a ^ b) % 1000, (a & b) % 1000, (a | -b) % 1000)
