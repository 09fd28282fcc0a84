# for-loops over lists and tuples of numbers compile (bounds checked on the
# live length, item type guarded); items of another type exit correctly.
import leones

leones.jit_enable(True)


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def stats(xs):
    lo = 1e300
    hi = -1e300
    s = 0.0
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
        s = s + x
    return lo, hi, s


def count_none(xs):
    c = 0
    for x in xs:
        if x is None:
            c += 1
    return c


ints = list(range(-500, 700))
floats = [i * 0.37 - 50.0 for i in range(600)]
cases = [(total, ints), (total, tuple(ints)), (total, [1.5] * 300), (total, [True, 2] * 100),
         (total, [1] * 100 + [2.5] * 100 + [3] * 100), (stats, floats), (stats, tuple(floats)),
         (count_none, [None, 1, None] * 100), (total, [])]
before = leones.jit_stats()["loops_compiled"]
for fn, data in cases:
    leones.jit_enable(False)
    ref = fn(data)
    leones.jit_enable(True)
    got = [fn(data) for _ in range(3)]
    print(fn.__name__, ref, all(g == ref and type(g) is type(ref) for g in got))
print(leones.jit_stats()["loops_compiled"] > before)
