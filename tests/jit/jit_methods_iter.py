# Methods and iteration in compiled loops: LOAD_METHOD of a Python method
# (class version + shape guards; the call is inlined), the method replaced
# on the class mid-loop, an instance attribute shadowing the method, a
# subclass instance; iteration over str and dict keys (the iterator's next
# as a residual call), a dict changed during iteration (RuntimeError raised
# at the loop header as the interpreter does), range() and iter() calls,
# str == str. Results equal the interpreter's.
import leones


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total


class Sub(Acc):
    def add(self, x):
        self.total -= x
        return self.total


def feed(objs):
    s = 0
    i = 0
    for o in objs:
        s += o.add(i)
        i += 1
        if i == 150:
            Acc.add = lambda self, x: x * 1000
    Acc.add = orig_add
    return s


orig_add = Acc.add


def run(fn, make):
    """(JIT result equals the interpreter's, result, some guard failed)"""
    ins = [make() for _ in range(4)]
    leones.jit_enable(False)
    ref = fn(ins[0]), fn(ins[1])
    leones.jit_enable(True)
    exits = leones.jit_stats()["exits"]
    got = fn(ins[2]), fn(ins[3])
    return ref == got, ref[0], leones.jit_stats()["exits"] > exits


def accs(n, odd=None):
    out = [Acc() for _ in range(n)]
    if odd:
        out[n // 2] = odd()
    return out


def shadowed():
    a = Acc()
    a.add = lambda x: -1
    return a


print("method replaced", run(feed, lambda: accs(300)))
print("subclass instance", run(feed, lambda: accs(300, Sub)))
print("shadowing attribute", run(feed, lambda: accs(300, shadowed)))


def chars(s):
    n = 0
    for ch in s:
        if ch == "a":
            n += 1
        elif ch != "b":
            n += 2
    return n


def keys(d):
    n = 0
    for k in d:
        n += d[k] + len(k)
    return n


def nested(n):
    t = 0
    for i in range(n):
        for j in range(i, i + 5):
            t += j
        for x in iter([i, i + 1]):
            t += x
    return t


def mutating(d):
    n = 0
    try:
        for k in d:
            n += d[k]
            if n > 500:
                d["new"] = 1
    except RuntimeError as e:
        return n, str(e)
    return n


print("str", run(chars, lambda: "abracadabra" * 40))
print("dict keys", run(keys, lambda: {str(i): i for i in range(300)}))
print("range and iter", run(nested, lambda: 200)[:2])
print("dict changed", run(mutating, lambda: {str(i): i for i in range(100)}))


def unpacking(pairs):
    s = 0.0
    try:
        for a, b in pairs:
            x, y, z = b
            s += a * x + y + z
    except ValueError as e:
        return s, str(e)
    return s


def pairs(bad=False):
    p = [(float(i), [1.0, 2.0, 3.0]) for i in range(200)]
    if bad:
        p[120] = (1.0, [1.0, 2.0])
    return p


print("unpack", run(unpacking, pairs))
print("unpack count changes", run(unpacking, lambda: pairs(True)))


def combos(xs, ys):
    s = 0
    for i, x in enumerate(xs):
        s += i * x
    for a, b in zip(xs, ys):
        s += a - b
    it = iter(xs)
    for a, b in zip(it, ys[:50]):  # zip stops on ys: one item of `it` is consumed, no more
        s += a
    return s, next(it)


xs = list(range(100))
print("enumerate and zip", run(lambda v: combos(*v), lambda: (xs, list(range(0, 300, 3))))[:2])


def indexed(seq):
    n = 0
    for i, x in enumerate(seq):
        if x == "l" or x == 3:
            n += i
    return n


leones.jit_enable(True)
print("enumerate over another iterator", indexed(list(range(10)) * 20), indexed("hello" * 40),
      indexed(tuple(range(10)) * 20))
