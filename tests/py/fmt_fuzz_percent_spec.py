# Differential fuzz: %-formats, format specs and bytes methods from a fixed LCG.
class R:
    def __init__(self): self.x = 777
    def nxt(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x
    def randint(self, a, b): return a + self.nxt() % (b - a + 1)
    def choice(self, seq): return seq[self.nxt() % len(seq)]
random = R()
flags = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", " -"]
convs = "sradiouxXeEfFgGc%"
vals = [0, 1, -1, 42, -42, 255, 3.5, -0.0, 1e-5, 123456.789, 1e30, "é", "abc", 2**64, -(2**70), 0.1]
for i in range(1500):
    f = "%" + random.choice(flags) + random.choice(["", "1", "5", "12", "*"]) + random.choice(["", ".0", ".1", ".3", ".*", "."]) + random.choice(convs)
    args = []
    if "*" in f:
        args.append(random.randint(-8, 8))
        if f.count("*") == 2: args.append(random.randint(0, 5))
    if not f.endswith("%"): args.append(random.choice(vals))
    try: r = f % tuple(args)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    fill = random.choice(["", "*", "0", "é"])
    align = random.choice(["", "<", ">", "^", "="]) if fill else random.choice(["", "<", ">", "^", "="])
    spec = fill + align + random.choice(["", "+", "-", " "]) + random.choice(["", "#"]) + random.choice(["", "0"]) + random.choice(["", "1", "8"]) + random.choice(["", ",", "_"]) + random.choice(["", ".0", ".2"]) + random.choice(["", "s", "d", "x", "f", "e", "g", "%", "b", "o", "c", "n"])
    if spec and spec[0] in "<>^=" and fill: spec = spec
    v = random.choice(vals)
    try: r2 = format(v, spec)
    except Exception as e: r2 = type(e).__name__ + ": " + str(e)
    print(i, repr(f), repr(r), repr(spec), repr(v), repr(r2))
for i in range(300):
    b = bytes(random.randint(0, 255) if random.randint(0, 3) == 0 else random.choice(b"ab \t,AB") for _ in range(random.randint(0, 8)))
    a = bytes(random.choice(b"ab, ") for _ in range(random.randint(0, 2)))
    out = []
    for m in ["upper", "lower", "title", "swapcase", "capitalize", "split", "rsplit", "strip", "isalpha", "isspace", "istitle", "hex", "splitlines"]:
        out.append(getattr(b, m)())
    for m in ["find", "rfind", "count", "startswith", "endswith", "strip", "removeprefix"]:
        out.append(getattr(b, m)(a))
    if a:
        out += [b.split(a), b.rsplit(a, 1), b.partition(a), b.replace(a, b"XY"), a.join([b, b])]
    out += [b.center(9, b"-"), b.zfill(6), repr(bytearray(b)), b[::-2], b.decode("latin-1"), b.decode("utf-8", "replace"), b.decode("ascii", "backslashreplace")]
    print(i, out)
