# A comparison that raises after a budget of calls: the partially sorted list
# left behind must be exactly CPython's (same runs, merge order, galloping).
x = 99
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return (x >> 4) % n
class K:
    budget = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        K.budget -= 1
        if K.budget < 0:
            raise ValueError("boom")
        return self.v < o.v
    def __repr__(self):
        return str(self.v)
mismatch = 0
for trial in range(60):
    n = rnd(600) + 1
    kind = rnd(4)
    if kind == 0:
        vals = [rnd(1000) for _ in range(n)]
    elif kind == 1:
        vals = sorted(rnd(1000) for _ in range(n))
        for _ in range(rnd(10)):
            vals[rnd(n)] = rnd(1000)
    elif kind == 2:
        vals = []
        while len(vals) < n:
            run = sorted(rnd(1000) for _ in range(rnd(100) + 1))
            vals += run if rnd(2) else run[::-1]
        vals = vals[:n]
    else:
        vals = [rnd(5) for _ in range(n)]
    items = [K(v) for v in vals]
    K.budget = rnd(n * 12)
    try:
        items.sort(reverse=bool(rnd(2)))
        print("ok", [k.v for k in items][:20])
    except ValueError:
        print("fail", [k.v for k in items])
