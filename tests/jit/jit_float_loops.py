# Float and mixed int/float loops: the compiled code must produce bit-for-bit
# the interpreter's results (same IEEE operations, same int->float rounding).
import leones
import math
from math import sqrt


def check(fn, *args):
    leones.jit_enable(False)
    ref = fn(*args)
    leones.jit_enable(True)
    st = leones.jit_stats()
    got = [fn(*args) for _ in range(3)]
    st2 = leones.jit_stats()
    print(fn.__name__, ref, all(g == ref for g in got),
          st2["loops_compiled"] > st["loops_compiled"], st2["trace_entries"] > st["trace_entries"])


def leibniz(tol):
    total = 0.0
    k = 0
    term = 1.0
    while abs(term) > tol:
        if k % 2 == 0:
            sign = 1.0
        else:
            sign = -1.0
        term = sign / (2 * k + 1)
        total = total + term
        k = k + 1
    return 4.0 * total, k


def mixed(n):
    x = 0.5
    for i in range(n):
        x = x * 1.0001 + i - 0.25 * i
        x = -x if x > 1000.0 else x
    return x


def roots(n):
    s = 0.0
    for i in range(n):
        s += sqrt(i) + abs(-1.5)
    return s


def compare(n):
    c = 0
    f = 0.0
    for i in range(n):
        f = f + 0.1
        if f >= 3.0:
            c += 1
        if f != 5.0:
            c += 2
    return c, f


check(leibniz, 1e-4)
check(mixed, 400)
check(roots, 400)
check(compare, 300)
