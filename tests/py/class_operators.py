class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        if mod is None:
            return Vec(self.x ** k, self.y ** k)
        return Vec(pow(self.x, k, mod), pow(self.y, k, mod))
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)
    def __and__(self, o):
        return 'and'
    def __or__(self, o):
        return 'or'
    def __xor__(self, o):
        return 'xor'
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2)
print(a ** 2, pow(b, 2, 5), -a, +a, abs(b), ~a, a @ b)
print(a << 2, Vec(8, 16) >> 2, a & b, a | b, a ^ b)
print(divmod(a, 5), divmod(5, a))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    1 + a
except TypeError as e:
    print(e)
try:
    a * 'x'
except TypeError as e:
    print(e)
try:
    'x' - a
except TypeError as e:
    print(e)
