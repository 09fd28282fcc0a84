# Globals read in a loop are constants of the trace, guarded by the dict
# versions: rebinding the global (between runs, or in the middle of a loop)
# must be seen.
import leones

SCALE = 3


def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s


def rebinds(n):
    global SCALE
    s = 0
    for i in range(n):
        if i == n // 2:
            SCALE = 5
        s += SCALE
    return s


leones.jit_enable(True)
st = leones.jit_stats()
a = scaled(500)
SCALE = 4
b = scaled(500)
print(a, b, a == 3 * 124750, b == 4 * 124750)
print(leones.jit_stats()["loops_compiled"] > st["loops_compiled"])
SCALE = 1
print(rebinds(400), SCALE)
SCALE = 1
print(rebinds(400), SCALE)
