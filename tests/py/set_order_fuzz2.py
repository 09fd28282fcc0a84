# Randomised (deterministic) sequences of set operations: the iteration order
# shows the table layout, which must match CPython exactly.
x = 4242
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 4) % n
out = []
for trial in range(400):
    s = set(rnd(1000) - 300 for _ in range(rnd(40)))
    other = frozenset(rnd(600) for _ in range(rnd(50)))
    for step in range(rnd(80)):
        op = rnd(16)
        v = rnd(2000) - 500
        if op < 4:
            s.add(v * rnd(5))
        elif op == 4:
            s.discard(v)
        elif op == 5 and s:
            s.pop()
        elif op == 6:
            s.update(range(v, v + rnd(40)))
        elif op == 7:
            s.intersection_update(range(v - 300, v + 900))
        elif op == 8:
            s.difference_update(other, [v, v + 1])
        elif op == 9:
            s = s.union(other, [v])
        elif op == 10:
            s.symmetric_difference_update([v, v + 2, v + 4])
        elif op == 11:
            s = s.copy()
        elif op == 12 and rnd(10) == 0:
            s.clear()
        elif op == 13:
            s = s.difference(other)
        elif op == 14:
            s = s.intersection(other, range(-1000, 1000))
        else:
            for k in list(s)[: rnd(5)]:
                s.remove(k)
    out.append(str(list(s)))
    out.append(str(list(other)) + str(list(s ^ other)) + str(list(other - s)))
print(len(out))
print("\n".join(out))
