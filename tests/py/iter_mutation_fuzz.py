# Randomised (deterministic) mutation of dicts and sets while iterating them:
# which items are seen and which RuntimeError is raised must match CPython.
x = 31337
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 4) % n
out = []
for trial in range(400):
    d = {i: i for i in range(rnd(12))}
    seen = []
    kind = rnd(3)
    it = iter(d) if kind == 0 else iter(d.values()) if kind == 1 else iter(d.items())
    try:
        for v in it:
            seen.append(v)
            op = rnd(6)
            k = rnd(20)
            if op == 0:
                d.pop(k, None)
            elif op == 1:
                d[k] = -1
            elif op == 2 and d:
                d.pop(next(iter(d)))
                d[k + 100] = 0
            elif op == 3:
                d[k] = d.get(k, 0)
        out.append("ok %r" % (seen,))
    except RuntimeError as e:
        out.append("RE %s %r" % (e, seen))
    s = set(range(rnd(10)))
    seen = []
    try:
        for v in s:
            seen.append(v)
            op = rnd(4)
            if op == 0:
                s.discard(rnd(12))
            elif op == 1:
                s.add(rnd(12))
            elif op == 2 and s:
                s.discard(next(iter(s)))
                s.add(rnd(12) + 50)
        out.append("ok %r" % (seen,))
    except RuntimeError as e:
        out.append("RE %s %r" % (e, seen))
print("\n".join(out))
