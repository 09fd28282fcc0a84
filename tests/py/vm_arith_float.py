x = 1.5
y = 0.25
print(x + y, x - y, x * y, x / y, x // y, x % y, -x)
print(1 + 0.5, 0.5 + 1, 3 * 0.5, 1 / 4, 7 / 2, 2 ** 0.5)
print(x < y, x > y, x == 1.5, x != 1.5, 1 == 1.0, 2 < 2.5)
z = 0.1
z += 0.2
print(z, z == 0.3)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(float('inf') > 1e308, -0.0, 0.0 == -0.0)
