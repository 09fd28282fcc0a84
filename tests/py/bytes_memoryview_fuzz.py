# Differential fuzz: memoryview slicing, indexing and assignment over bytearray.
class R:
    def __init__(self): self.x = 5151
    def nxt(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x
    def randint(self, a, b): return a + self.nxt() % (b - a + 1)
    def choice(self, seq): return seq[self.nxt() % len(seq)]
random = R()
for i in range(2000):
    b = bytearray(random.randint(97, 122) for _ in range(random.randint(0, 12)))
    m = memoryview(b)
    for _ in range(random.randint(1, 3)):
        m = m[random.choice([None, -5, -1, 0, 1, 3]):random.choice([None, -4, -1, 0, 2, 8]):random.choice([None, 1, 2, -1, -2, 3])]
    try:
        out = [m.tobytes(), len(m), m.tolist(), m.strides, m.contiguous]
        if len(m):
            k = random.randint(-len(m), len(m) - 1)
            out.append(m[k])
            m[k] = 33
            half = m[::2]
            half[:] = bytes(len(half))
        out.append(bytes(b))
        print(i, out)
    except (ValueError, IndexError, TypeError) as e:
        print(i, type(e).__name__, e)
