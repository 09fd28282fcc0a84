# Branches whose arms only assign constants or registers (`sign = 1.0 if
# even else -1.0`) are if-converted: the compiled loop does not exit on
# either direction, and the values stay right.
import leones

leones.jit_enable(True)


def alternating(n):
    total = 0.0
    k = 0
    while k < n:
        if k % 2 == 0:
            sign = 1.0
        else:
            sign = -1.0
        total = total + sign / (2 * k + 1)
        k = k + 1
    return total


def ternary(n):
    s = 0
    for i in range(n):
        d = 3 if i % 3 == 0 else -1
        s += d
    return s


def one_armed(n):
    c = 0
    last = 0
    for i in range(n):
        x = 0
        if i & 1:
            x = i
        last = x
        c += x
    return c, last


for fn, arg in ((alternating, 100000), (ternary, 3000), (one_armed, 3000)):
    leones.jit_enable(False)
    ref = fn(arg)
    leones.jit_enable(True)
    st = leones.jit_stats()
    got = fn(arg)
    st2 = leones.jit_stats()
    print(fn.__name__, ref, got == ref, st2["loops_compiled"] > st["loops_compiled"],
          st2["exits"] - st["exits"] < 10)
