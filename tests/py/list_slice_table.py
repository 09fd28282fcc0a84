seq = list(range(7))
vals = [None, -10, -7, -3, -1, 0, 1, 3, 6, 7, 10]
steps = [None, 1, 2, 3, -1, -2, -4]
out = []
for a in vals:
    for b in vals:
        for c in steps:
            out.append("%s:%s:%s=%s" % (a, b, c, "".join(map(str, seq[a:b:c]))))
print(len(out))
for i in range(0, len(out), 8):
    print(" ".join(out[i:i + 8]))
t = tuple(seq)
print(all(list(t[a:b:c]) == seq[a:b:c] for a in vals for b in vals for c in steps))
r = range(7)
print(all(list(r[a:b:c]) == seq[a:b:c] for a in vals for b in vals for c in steps))
st = "abcdefg"
print(all(st[a:b:c] == "".join("abcdefg"[i] for i in seq[a:b:c]) for a in vals for b in vals for c in steps))
