s = set()
for i in range(100000):
    s.add(i * 31 % 100003)
print(len(s), 31 in s, 100002 in s, sum(s) % 1000)
for i in range(0, 100000, 2):
    s.discard(i * 31 % 100003)
print(len(s))
t = set(str(i) for i in range(20000))
print(len(t), "19999" in t, "20000" in t)
u = s & set(range(50000))
print(len(u), len(s | u), len(s - u), len(s ^ u))
f = frozenset(range(1000))
print(hash(f) == hash(frozenset(reversed(range(1000)))), len({f, frozenset(range(1000))}))
while s:
    s.pop()
print(len(s), s)
