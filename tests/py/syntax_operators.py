a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a, ~a)
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(2 ** 3 ** 2, -2 ** 2, (-2) ** 2, not a, not 0)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 - 3 - 1, 2 ** -1)
print(a if a > b else b, a and b, 0 or b, None or 0 or [], a and 0)
