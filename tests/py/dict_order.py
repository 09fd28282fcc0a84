d = {}
for k in "qwertyuiop":
    d[k] = ord(k)
print(list(d))
for k in "wryi":
    del d[k]
print(list(d))
d["w"] = 0
d["q"] = 1
print(list(d), d["q"])
for i in range(1000):
    d[i] = i
for i in range(0, 1000, 3):
    del d[i]
print(len(d), list(d)[:10], list(d)[-5:])
keys = list(d)
for k in keys[:-3]:
    del d[k]
print(d)
e = dict.fromkeys(range(20))
for i in range(20):
    if i % 2:
        del e[i]
        e[i + 100] = None
print(list(e))
f = {}
for i in range(50):
    f[i] = i
    if i > 5:
        del f[i - 5]
print(f)
print(list(reversed({1: 1, 2: 2, 3: 3})))
