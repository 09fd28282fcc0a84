# Randomised (deterministic) list mutations: slices with steps, inserts, pops,
# failing sorts (the partially sorted state must match CPython), repetition.
x = 2718
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 4) % n
def idx():
    r = rnd(5)
    return None if r == 0 else rnd(30) - 15
out = []
for trial in range(300):
    a = list(range(rnd(15)))
    for step in range(rnd(40)):
        op = rnd(14)
        try:
            if op == 0:
                a.append(rnd(100))
            elif op == 1:
                a.insert(rnd(40) - 20, -step)
            elif op == 2:
                a.pop(rnd(40) - 20)
            elif op == 3:
                a[idx():idx()] = [rnd(9)] * rnd(4)
            elif op == 4:
                s = slice(idx(), idx(), (rnd(7) - 3) or None)
                a[s] = list(range(len(a[s])))[::-1]
            elif op == 5:
                del a[idx():idx():(rnd(7) - 3) or None]
            elif op == 6:
                a.sort(reverse=bool(rnd(2)))
            elif op == 7:
                a.reverse()
            elif op == 8:
                a.extend(a[:rnd(5)])
            elif op == 9:
                a.remove(rnd(20))
            elif op == 10:
                a *= rnd(3)
            elif op == 11:
                a += tuple(range(rnd(4)))
            elif op == 12:
                del a[rnd(40) - 20]
            else:
                a[rnd(40) - 20] = "x"
        except (IndexError, ValueError, TypeError) as e:
            out.append("%d %s %s" % (op, type(e).__name__, e))
    out.append(repr(a))
print("\n".join(out))
