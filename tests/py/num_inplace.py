x = 5
x += 3; x -= 1; x *= 4; x //= 3; x %= 7; x **= 3; x <<= 70; x >>= 60; x |= 1; x &= 0xffff; x ^= 0xf0
print(x)
y = 1.5
y += 1; y *= 2; y /= 4; y -= 0.25; y **= 2; y //= 0.5; y %= 3
print(y)
z = 1j
z += 1; z *= z; z /= 2; z -= 1; z **= 2
print(z)
big = 10**30
big += 1; big *= big; big //= 10**20; big -= 1
print(big)
