a = 7
b = -3
print(a + b, a - b, a * b, a // b, a % b, -a // 2, -a % 2, a / b)
print(a ** 2, 2 ** 100, (-2) ** 3, 2 ** -1)
print(a << 3, a >> 1, -a >> 1, a & b, a | b, a ^ b, ~a)
big = 2 ** 48
print(big + big, big * big, -big - big)
x = 140737488355327
print(x + 1, x * 2, x - (-x), -x - 2)
print(1 << 60, (1 << 60) >> 59)
m = 10 ** 20
print(m // 7, m % 7, m - m, m + 1 - m)
i = 5
i += 3
i -= 1
i *= 4
i //= 3
i %= 5
i <<= 2
i |= 1
i ^= 3
i &= 0xff
i >>= 1
print(i)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, 0 // 5)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
