# `is` / `is not` in compiled loops: None checks on list items and on
# registers, `is True` on bools; decided by the type guards where possible.
import leones

leones.jit_enable(True)


def f(xs):
    c = 0
    n = 0
    for x in xs:
        if x is None:
            c += 1
        elif x is not None:
            n += x
        b = x is True
        if b:
            n += 100
    return c, n


def g(n):
    flag = None
    k = 0
    t = True
    for i in range(n):
        if flag is None:
            k += 1
        if flag is not None:
            k += 1000
        if t is True:
            k += 2
        if (i > 5) is True:
            k += 3
        if i is None:
            k += 5000
    return k


for fn, arg in ((f, [None, 1, None, 2.5, True, False] * 50), (f, [None, 3] * 100), (g, 300)):
    leones.jit_enable(False)
    ref = fn(arg)
    leones.jit_enable(True)
    got = [fn(arg) for _ in range(3)]
    print(fn.__name__, ref, all(x == ref for x in got))
print(leones.jit_stats()["loops_compiled"] >= 2)
