# Randomised (deterministic) sequences of set operations: the iteration order
# shows the table layout, which must match CPython exactly.
x = 987654
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 4) % n
out = []
for trial in range(300):
    s = set()
    other = set(rnd(200) for _ in range(rnd(30)))
    for step in range(rnd(60)):
        op = rnd(12)
        v = rnd(300) - 50
        if op < 4:
            s.add(v)
        elif op == 4:
            s.discard(v)
        elif op == 5 and s:
            s.pop()
        elif op == 6:
            s.update(range(v, v + rnd(10)))
        elif op == 7:
            s |= other
        elif op == 8:
            s = s & set(range(v, v + 200))
        elif op == 9:
            s = s - other
        elif op == 10:
            s ^= other
        else:
            s = set(s) | frozenset([v, v * 7, v * 64])
    out.append(str(list(s)))
    out.append(str(list(s.intersection(other))) + str(list(other.difference(s))) + str(list(s.symmetric_difference(other))))
print(len(out))
for line in out[:5]:
    print(line)
print(hash(tuple(out)) if False else sum(len(o) for o in out))
print("\n".join(out))
