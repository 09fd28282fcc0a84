d = {}
N = 200000
for i in range(N):
    d[i] = i
print(len(d), d[N - 1], d[12345])
for i in range(0, N, 2):
    del d[i]
print(len(d), sum(d) == sum(range(1, N, 2)))
s = {}
for i in range(50000):
    s[str(i)] = i
print(len(s), s["49999"], s["123"])
t = {(i, -i): i for i in range(30000)}
print(len(t), t[(29999, -29999)])
d.clear()
for i in range(100):
    d[i] = 1
    del d[i]
print(len(d), d)
