# Differential fuzz: str methods with optional arguments on mixed-script strings.
class R:
    def __init__(self): self.x = 6061
    def nxt(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x
    def randint(self, a, b): return a + self.nxt() % (b - a + 1)
    def choice(self, seq): return seq[self.nxt() % len(seq)]
random = R()
alpha = ["a", "b", " ", "\t", "\n", "é", "€", "𝔘", "Σ", "ς", "ß", "x", ",", "\r\n", "\u2028", "İ", "ǅ", "1", "²"]
def rs(n): return "".join(random.choice(alpha) for _ in range(n))
for i in range(4000):
    s = rs(random.randint(0, 10))
    a = rs(random.randint(1, 2))
    st, en = random.choice([None, -7, -2, 0, 1, 3, 9]), random.choice([None, -6, -1, 0, 2, 5, 12])
    k = random.randint(0, 13)
    try:
        if k == 0: r = (s.find(a, st, en), s.rfind(a, st, en), s.count(a, st, en))
        elif k == 1: r = (s.startswith(a, st, en), s.endswith((a, "x"), st, en))
        elif k == 2: r = (s.split(a, random.randint(-1, 3)), s.rsplit(a, random.randint(-1, 3)))
        elif k == 3: r = (s.split(None, random.randint(-1, 2)), s.rsplit(None, random.randint(-1, 2)))
        elif k == 4: r = s.replace(a, rs(random.randint(0, 2)), random.randint(-1, 3))
        elif k == 5: r = (s.strip(a), s.lstrip(a), s.rstrip(a))
        elif k == 6: r = s.expandtabs(random.randint(-1, 9))
        elif k == 7: r = (s.center(random.randint(0, 14), random.choice("*é€")), s.ljust(random.randint(0, 14), "𝔘"), s.rjust(random.randint(0, 14)))
        elif k == 8: r = (s.splitlines(), s.splitlines(True))
        elif k == 9: r = (s.partition(a), s.rpartition(a))
        elif k == 10: r = (s.index(a, st, en),)
        elif k == 11: r = (s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.upper(), s.lower())
        elif k == 12: r = (s.translate({ord(c): random.choice([None, "Z", 0x41, "€€"]) for c in a}),)
        else: r = (s[st:en:random.choice([1, 2, -1, -3])], a.join(s.split()), s.zfill(random.randint(0, 12)))
        print(i, k, repr(r))
    except (ValueError, TypeError) as e:
        print(i, k, type(e).__name__, e)
