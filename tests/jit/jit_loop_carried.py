# Loop peeling corner cases: a copied instruction that CSEs to a pre-roll
# instruction depending on loop-carried values must be recomputed every
# iteration (it gets its own PHI), and so must a guard on such a value.
# Also many simultaneously live values (registers run out: spill slots).
import leones

leones.jit_enable(True)


def cse_carried(n):
    a = -39
    b = 1.7473778514005867
    c = 0.0
    for i in range(n):
        b = (a * b) * 0.5
        c = (b * a) * 0.5
        if c > 1000.0:
            c = 1.0
    return b, c


def guard_carried(n):
    x = 1
    hits = 0
    for i in range(n):
        y = x * 3
        x = x + 1
        if x * 3 > 600:
            hits = hits + 1
    return x, y, hits


def many_live(n):
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = 1
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = 0.5
    c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = 2
    for i in range(n):
        a0 = (a0 + a1) % 1009
        a1 = (a1 + a2) % 1013
        a2 = (a2 + a3) % 1019
        a3 = (a3 + a4) % 1021
        a4 = (a4 + a5) % 1031
        a5 = (a5 + a6) % 1033
        a6 = (a6 + a7) % 1039
        a7 = (a7 + a8) % 1049
        a8 = (a8 + a9) % 1051
        a9 = (a9 + a0 + i) % 1061
        c0 = (c0 * 3 + c1) % 997
        c1 = (c1 * 5 + c2) % 991
        c2 = (c2 * 7 + c3) % 983
        c3 = (c3 * 11 + c4) % 977
        c4 = (c4 * 13 + c5) % 971
        c5 = (c5 * 17 + c6) % 967
        c6 = (c6 * 19 + c7) % 953
        c7 = (c7 * 23 + c0) % 947
        b0 = b0 * 0.5 + b1
        b1 = b1 * 0.5 + b2
        b2 = b2 * 0.5 + b3
        b3 = b3 * 0.5 + b4
        b4 = b4 * 0.5 + b5
        b5 = b5 * 0.5 + b6
        b6 = b6 * 0.5 + b7
        b7 = b7 * 0.5 + b8
        b8 = b8 * 0.5 + b9
        b9 = b9 * 0.5 + b0 * 0.25
    return (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, c0, c1, c2, c3, c4, c5, c6, c7,
            b0, b1, b2, b3, b4, b5, b6, b7, b8, b9)


for fn, arg in ((cse_carried, 150), (guard_carried, 400), (many_live, 300)):
    leones.jit_enable(False)
    ref = fn(arg)
    leones.jit_enable(True)
    st = leones.jit_stats()
    got = fn(arg)
    st2 = leones.jit_stats()
    print(fn.__name__, ref, got == ref, st2["loops_compiled"] > st["loops_compiled"])
