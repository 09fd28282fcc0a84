# Text-processing programs: CSV parsing, word wrap, ciphers, a tiny template engine, tables.
data = """name,city,score
Zoë,Zürich,93.5
"Smith, John",New York,71
Łukasz,Kraków,88.25
李雷,北京,99
"""
def parse_csv(text):
    rows = []
    for line in text.strip().splitlines():
        row, cur, quoted = [], [], False
        for ch in line:
            if ch == '"': quoted = not quoted
            elif ch == "," and not quoted:
                row.append("".join(cur)); cur = []
            else: cur.append(ch)
        row.append("".join(cur))
        rows.append(row)
    return rows
rows = parse_csv(data)
header, body = rows[0], rows[1:]
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
print(" | ".join(h.upper().ljust(w) for h, w in zip(header, widths)))
print("-+-".join("-" * w for w in widths))
for r in sorted(body, key=lambda r: -float(r[2])):
    print(" | ".join([r[0].ljust(widths[0]), r[1].center(widths[1]), "%*.2f" % (widths[2], float(r[2]))]))
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + (1 if line else 0) > width:
            lines.append(line); line = word
        else:
            line = line + " " + word if line else word
    if line: lines.append(line)
    return lines
txt = "The quick brown fox jumps over the lazy dog. Größe, naïve café — déjà vu! " * 3
for l in wrap(txt, 28): print("|" + l.ljust(28) + "|")
def caesar(s, k):
    out = []
    for c in s:
        if c.isascii() and c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else: out.append(c)
    return "".join(out)
enc = caesar("Hello, World! Ünïcode stays.", 3)
print(enc, caesar(enc, -3))
def render(tpl, ctx):
    out, i = [], 0
    while True:
        j = tpl.find("{{", i)
        if j < 0: out.append(tpl[i:]); break
        k = tpl.find("}}", j)
        out.append(tpl[i:j])
        expr = tpl[j + 2:k].strip()
        name, _, filt = expr.partition("|")
        val = str(ctx[name.strip()])
        for f in filt.split("|") if filt else []:
            val = {"upper": str.upper, "title": str.title, "rev": lambda s: s[::-1]}[f.strip()](val)
        out.append(val)
        i = k + 2
    return "".join(out)
print(render("Hi {{ name | title }}, you owe {{amount}} ({{ name|upper|rev }})", {"name": "ada lovelace", "amount": "%.2f€" % 12.5}))
counts = {}
for w in txt.lower().replace(",", " ").replace(".", " ").replace("!", " ").split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print("{:=^40}".format(" done "), f"{len(txt):,} chars", f"{sum(map(ord, txt)):#x}")
