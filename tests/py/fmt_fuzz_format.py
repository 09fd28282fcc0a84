# Differential fuzz: str.format templates and bytes %-formats from a fixed LCG.
class R:
    def __init__(self): self.x = 99
    def nxt(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x
    def randint(self, a, b): return a + self.nxt() % (b - a + 1)
    def choice(self, seq): return seq[self.nxt() % len(seq)]
random = R()
pieces = ["{", "}", "{}", "{0}", "{1}", "{x}", "{0!r}", "{!s}", "{:>5}", "{0:{1}}", "{x.real}", "{0[0]}", "{[1]}", "{{", "}}", "a", "é", ":", "!", "[", "]", ".", "{:{}}", "{0:^{x}}", "{y}", "{!a:3}", "{0!r:>{1}}"]
args = [("ab", 7), ([1, 2], "x"), (3.5, "5"), ("é€", 2)]
for i in range(2000):
    t = "".join(random.choice(pieces) for _ in range(random.randint(1, 5)))
    a = random.choice(args)
    try: r = repr(t.format(*a, x=4, y="yy"))
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(i, repr(t), r)
bp = [b"%", b"%s", b"%d", b"%x", b"%r", b"%a", b"%c", b"%5s", b"%-3d", b"%(k)s", b"%%", b"ab", b"%b", b"%.1f", b"%*d", b"%y"]
bargs = [(b"q", 5), (1, 2), (b"x",), {b"k": b"v"}, (65, b"z"), 3]
for i in range(1000):
    t = b"".join(random.choice(bp) for _ in range(random.randint(1, 4)))
    a = random.choice(bargs)
    try: r = repr(t % a)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(i, t, r)
