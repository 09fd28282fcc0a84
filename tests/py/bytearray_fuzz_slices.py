# Differential fuzz: bytearray slice assignment/deletion and mutation methods.
class R:
    def __init__(self): self.x = 4242
    def nxt(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x
    def randint(self, a, b): return a + self.nxt() % (b - a + 1)
    def choice(self, seq): return seq[self.nxt() % len(seq)]
random = R()
for i in range(3000):
    b = bytearray(random.randint(97, 100) for _ in range(random.randint(0, 9)))
    start = random.choice([None, -20, -3, -1, 0, 1, 2, 5, 20])
    stop = random.choice([None, -20, -3, -1, 0, 1, 2, 5, 20])
    step = random.choice([None, 1, 1, 2, 3, -1, -2])
    val = bytes(random.randint(65, 70) for _ in range(random.randint(0, 5)))
    op = random.randint(0, 5)
    try:
        if op == 0: b[start:stop:step] = val
        elif op == 1: del b[start:stop:step]
        elif op == 2: b.insert(random.randint(-12, 12), random.randint(0, 255))
        elif op == 3: r = b.pop(random.randint(-10, 10)) if b else None
        elif op == 4: b[start:stop] = list(val)
        else: b[random.randint(-10, 10)] = random.randint(0, 255)
        print(i, op, bytes(b))
    except (ValueError, IndexError, TypeError) as e:
        print(i, op, type(e).__name__, e)
