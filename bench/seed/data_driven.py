# data_driven.py — seed experiment 2: data-dependent control flow. fn() takes
# nine optional arguments, each None or a float; every argument is replaced by
# its default when None, then a few float operations and clamps combine them.
# It is called as fn(*row) over 100 000 rows where each value is None or a
# random float with equal chance: 2**9 = 512 paths through the `is None` tests.
# A tracing JIT that compiles one bridge per path explodes; one that rejoins
# shared code after each branch does not.
# Rows come from random.Random(2024); a runtime without `random` gets the same
# numbers from an inline MT19937 (class Mersenne), so the result is the same.
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


class Mersenne:
    """MT19937 seeded from an int the way random.Random(seed) seeds it, and
    random() built from two 32-bit outputs the way random.random() does: the
    fallback for a runtime without `random` draws the very same numbers."""

    def __init__(self, seed):
        mt = [0] * 624
        mt[0] = 19650218
        for i in range(1, 624):
            mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xFFFFFFFF
        key = []
        seed = abs(seed)
        while True:
            key.append(seed & 0xFFFFFFFF)
            seed >>= 32
            if not seed:
                break
        i, j = 1, 0
        for _ in range(max(624, len(key))):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525)) + key[j] + j) & 0xFFFFFFFF
            i += 1
            j += 1
            if i >= 624:
                mt[0] = mt[623]
                i = 1
            if j >= len(key):
                j = 0
        for _ in range(623):
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
            i += 1
            if i >= 624:
                mt[0] = mt[623]
                i = 1
        mt[0] = 0x80000000
        self.mt = mt
        self.index = 624

    def next32(self):
        mt = self.mt
        if self.index >= 624:
            for k in range(624):
                y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7FFFFFFF)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
            self.index = 0
        y = mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    def random(self):
        high = self.next32() >> 5
        low = self.next32() >> 6
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0)


def make_rows():
    try:
        import random

        draw = random.Random(2024).random
    except ImportError:
        draw = Mersenne(2024).random
    rows = []
    for _ in range(ROWS):
        row = []
        for _ in range(WIDTH):
            if draw() < 0.5:
                row.append(None)
            else:
                row.append(draw())
        rows.append(tuple(row))
    return rows


def run(rows):
    total = 0.0
    for row in rows:
        total += fn(*row)
    return total


EXPECTED = 471593.510087


def report_jit():
    """Under Leones, print what the JIT compiled (`jit: key=value ...`) once the
    runtime offers leones.jit_stats(); the runner checks that the compiled
    pieces stay few (TARGETS.md: linear in the branches, <= 40)."""
    try:
        import leones

        stats = leones.jit_stats()
    except (ImportError, AttributeError):
        return
    if isinstance(stats, dict):
        # Scalars only: nested values (abort reasons by text) would not survive the runner's key=value split.
        scalars = {k: v for k, v in stats.items() if isinstance(v, (int, float))}
        print("jit:", " ".join("%s=%s" % (key, scalars[key]) for key in sorted(scalars)))


def main():
    args = sys.argv[1:]
    iterations = 1
    if "--iterations" in args:
        iterations = int(args[args.index("--iterations") + 1])
    rows = make_rows()
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
    report_jit()
    if round(total, 6) != EXPECTED:
        print("wrong result")
        sys.exit(1)


main()
