# data_driven.py — seed experiment 2: data-dependent control flow. fn() takes
# nine optional arguments, each None or a float; every argument is replaced by
# its default when None, then a few float operations and clamps combine them.
# It is called as fn(*row) over 100 000 rows where each value is None or a
# random float with equal chance: 2**9 = 512 paths through the `is None` tests.
# A tracing JIT that compiles one bridge per path explodes; one that rejoins
# shared code after each branch does not.
# Rows come from random.Random(2024) when the runtime has `random`, else from an
# inline LCG; the expected result is checked for whichever source was used.
# Prints `iter:`/`time:` lines, `result:`; exits 1 if wrong.
# Usage: data_driven.py [--iterations N]
import sys
import time

ROWS = 100_000
WIDTH = 9


def fn(v=None, a=None, b=None, c=None, d=None, e=None, f=None, g=None, h=None):
    if v is None:
        v = 0.0
    if a is None:
        a = 1.25
    if b is None:
        b = 0.5
    if c is None:
        c = 2.0
    if d is None:
        d = -0.75
    if e is None:
        e = 0.1
    if f is None:
        f = 3.0
    if g is None:
        g = 0.0
    if h is None:
        h = 1.0
    x = v * a + b * c - d * e
    if x < 0.0:
        x = 0.0
    elif x > 2.5:
        x = 2.5
    y = (f - g) * h + x * 0.5
    if y > 4.0:
        y = 4.0
    z = x * y - (a + h) * 0.25
    if z < -1.0:
        z = -1.0
    scale = (v + c) / (1.0 + e * e)
    if scale > 3.0:
        scale = 3.0
    return x + y + z * scale


def make_rows():
    try:
        import random

        rng = random.Random(2024)
        draw = rng.random
        source = "random"
    except ImportError:
        state = [2024]

        def draw():
            # 48-bit LCG (the drand48 constants), enough for a test pattern
            state[0] = (state[0] * 0x5DEECE66D + 0xB) & 0xFFFFFFFFFFFF
            return state[0] / 281474976710656.0

        source = "lcg"
    rows = []
    for _ in range(ROWS):
        row = []
        for _ in range(WIDTH):
            if draw() < 0.5:
                row.append(None)
            else:
                row.append(draw())
        rows.append(tuple(row))
    return rows, source


def run(rows):
    total = 0.0
    for row in rows:
        total += fn(*row)
    return total


EXPECTED = {"random": 471593.510087, "lcg": 469134.137019}


def main():
    args = sys.argv[1:]
    iterations = 1
    if "--iterations" in args:
        iterations = int(args[args.index("--iterations") + 1])
    rows, source = make_rows()
    elapsed = 0.0
    total = 0.0
    for _ in range(iterations):
        start = time.perf_counter()
        total = run(rows)
        lap = time.perf_counter() - start
        elapsed += lap
        print("iter:", lap)
    print("time:", elapsed)
    print("result:", round(total, 6))
    if round(total, 6) != EXPECTED[source]:
        print("wrong result")
        sys.exit(1)


main()
