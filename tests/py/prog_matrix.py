# Matrix arithmetic with lists of lists and a small class with operators.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)

    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a @ b)
print(a + b, 2 * a, a * 3)
print(a @ Matrix.identity(2) == a, a == b)
print(a.transpose())
p = Matrix.identity(2)
fib = Matrix([[1, 1], [1, 0]])
for _ in range(90):
    p = p @ fib
print(p.rows[0][1])
m = Matrix([[float(i * 3 + j) / 7 for j in range(3)] for i in range(3)])
print((m @ m).rows[2])
