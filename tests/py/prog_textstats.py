# Word statistics over generated text: dicts, str methods, sorting with keys.
words = "the quick brown fox jumps over the lazy dog and the cat sat on the mat while a bird sang".split()
text = []
seed = 12345
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    text.append(words[seed % len(words)])
    if seed % 7 == 0:
        text.append(".")
body = " ".join(text)
sentences = [s.strip() for s in body.split(".") if s.strip()]
print(len(sentences), len(text))
freq = {}
for w in body.replace(".", " ").split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
print(sum(freq.values()), max(freq, key=freq.get))
caps = " ".join(s.capitalize() for s in sentences[:3])
print(caps[:80])
print(body.count("the "), body.find("bird"), body.upper()[:20], body.title()[:20])
table = {w: w[::-1] for w in sorted(freq) if len(w) > 3}
print(table)
print("%-6s|%6d|%8.3f" % ("x", 42, 3.14159))
print("{:>10}|{:<5}|{:^7}|".format("right", "left", "mid"))
