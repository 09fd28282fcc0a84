import struct, random
from array import array
rnd = random.Random(11)
codes = 'xcbB?hHiIlLqQnNefdsp'
out = []
for trial in range(400):
    order = rnd.choice(['', '@', '=', '<', '>', '!'])
    fmt = order
    vals = []
    for _ in range(rnd.randint(1, 4)):
        c = rnd.choice(codes)
        if c in 'nN' and order not in ('', '@'):
            c = 'i'
        cnt = rnd.choice(['', '', '2', '3', '0'])
        if c == 'p' and cnt == '0': cnt = '2'
        fmt += cnt + c
        n = int(cnt) if cnt else 1
        if c in 'sp':
            vals.append(bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 5))))
        elif c == 'x':
            pass
        else:
            for _ in range(n):
                if c == 'c': vals.append(bytes([rnd.randrange(256)]))
                elif c == '?': vals.append(rnd.choice([0, 1, 2, [], 'a']))
                elif c in 'efd': vals.append(rnd.choice([0.5, -2.25, 1e10, 3.0, 1e-8, 70000.0]))
                else: vals.append(rnd.choice([0, 1, -1, 127, 128, 255, 256, -129, 2**31, 2**63, -2**63, 65535, 2**64]))
    try:
        b = struct.pack(fmt, *vals)
        r = struct.unpack(fmt, b)
        out.append((fmt, b.hex(), r, struct.calcsize(fmt)))
    except (struct.error, OverflowError, TypeError) as e:
        out.append((fmt, type(e).__name__, str(e)))
for o in out: print(o)
for trial in range(300):
    a = array('i', range(rnd.randint(0, 12)))
    l = a.tolist()
    i, j, k = rnd.randint(-15, 15), rnd.randint(-15, 15), rnd.choice([None, 1, 2, -1, -2, 3])
    s = slice(i, j, k)
    op = rnd.randint(0, 2)
    try:
        if op == 0:
            del a[s]; del l[s]
        elif op == 1:
            n = len(l[s]) if k not in (None, 1) else rnd.randint(0, 4)
            new = list(range(100, 100 + n))
            a[s] = array('i', new); l[s] = new
        else:
            print(a[s].tolist() == l[s], end=' ')
        print(a.tolist() == l, end=' ')
    except Exception as e:
        print(type(e).__name__, e)
print()
