# Randomised (deterministic) dict mutations incl. popitem/delete/reinsert cycles:
# insertion order and termination (the index must never fill with dummies).
x = 777
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 4) % n
out = []
for trial in range(300):
    d = {}
    for step in range(rnd(200)):
        op = rnd(12)
        k = rnd(60) if rnd(3) else str(rnd(60))
        if op < 4:
            d[k] = step
        elif op == 4:
            d.pop(k, None)
        elif op == 5 and d:
            out.append("pi%r" % (d.popitem(),))
        elif op == 6:
            d.setdefault(k, -step)
        elif op == 7:
            d.update({k: 1, rnd(50): 2})
        elif op == 8 and k in d:
            del d[k]
        elif op == 9:
            d = d.copy() if rnd(2) else dict(d)
        elif op == 10:
            d |= [(k, "u")]
        else:
            d = {kk: vv for kk, vv in d.items() if rnd(4)}
    out.append(repr(d))
    out.append(repr(list(reversed(d.items())))[:200])
print("\n".join(out))
