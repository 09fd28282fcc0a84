# Indexing lists and tuples of numbers in compiled loops: bounds guarded on
# the live length (the list may shrink between runs), item types guarded.
import leones

leones.jit_enable(True)


def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s = s + a[i] * b[i]
    return s


def windows(xs, w):
    best = 0
    for i in range(len(xs) - w):
        t = xs[i] + xs[i + w] - xs[w]
        if t > best:
            best = t
    return best


def fixed(t):
    s = 0
    for i in range(300):
        s += t[i % 3] + t[2]
    return s


def shrinking(xs):
    s = 0
    i = 0
    while i < 200:
        s += xs[i % 50]
        i += 1
    return s


a = [i * 0.5 for i in range(400)]
b = [1.0 - i * 0.25 for i in range(400)]
ints = [(i * 7919) % 1000 for i in range(500)]
cases = [(dot, (a, b)), (windows, (ints, 10)), (fixed, ((4, 5, 6),)), (fixed, ([1, 2.5, 3],)),
         (shrinking, (list(range(60)),))]
for fn, args in cases:
    leones.jit_enable(False)
    ref = fn(*args)
    leones.jit_enable(True)
    got = [fn(*args) for _ in range(3)]
    print(fn.__name__, ref, all(g == ref for g in got))
short = list(range(60))
shrinking(short)
del short[40:]
try:
    shrinking(short)
except IndexError as e:
    print("IndexError", e)
print(leones.jit_stats()["loops_compiled"] >= 3)
