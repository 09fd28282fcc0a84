# Differential fuzz: str methods on random short strings from a fixed LCG.
class R:
    def __init__(self): self.x = 12345
    def nxt(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x
    def randint(self, a, b): return a + self.nxt() % (b - a + 1)
    def choice(self, seq): return seq[self.nxt() % len(seq)]
    def random(self): return self.nxt() / 2147483648
random = R()
alpha = ["a", "b", "A", " ", "\t", "\n", "é", "É", "€", "ß", "Σ", "σ", "1", "٣", ",", "'", '"', "\\", "\x00", "ǅ", "𝔘", "\u3000", "\r", "_", "-", "x"]
def rs(n=None):
    n = random.randint(0, 8) if n is None else n
    return "".join(random.choice(alpha) for _ in range(n))
methods0 = ["upper", "lower", "swapcase", "title", "capitalize", "casefold", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines",
            "isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii", "expandtabs"]
methods1 = ["find", "rfind", "count", "startswith", "endswith", "split", "rsplit", "partition", "rpartition", "strip", "lstrip", "rstrip", "removeprefix", "removesuffix", "join"]
for i in range(2000):
    s = rs()
    k = random.random()
    try:
        if k < 0.35:
            m = random.choice(methods0)
            r = getattr(s, m)()
        elif k < 0.7:
            m = random.choice(methods1)
            a = rs(random.randint(0, 2))
            if m in ("split", "rsplit", "partition", "rpartition") and a == "": a = "a"
            r = getattr(s, m)(a)
        elif k < 0.8:
            a, b = rs(random.randint(0, 2)), rs(random.randint(0, 2))
            r = s.replace(a, b, random.randint(-1, 3))
        elif k < 0.9:
            st, en, sp = random.randint(-10, 10), random.randint(-10, 10), random.choice([1, 2, -1, -2, 3])
            r = (s[st:en:sp], s[st:en], s.find(rs(1), st, en), s.count(rs(1), st, en))
        else:
            w = random.randint(0, 12)
            r = (s.center(w), s.ljust(w, "*"), s.rjust(w), s.zfill(w), format(s, "^%d" % w), "%5s|%-6.2s" % (s, s), repr(s), ascii(s))
        print(i, repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
