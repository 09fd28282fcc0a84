# unpack_sequence.py — sequence unpacking in a hot loop: tuples and lists of
# ten items unpacked into ten locals, swapped by multiple assignment, and
# star-unpacked, two million times. An interpreter pays one opcode per item; a
# JIT can keep everything in registers.
# Usage: unpack_sequence.py [--iterations N]
import sys
import time

LOOPS = 2_000_000


def bench():
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    items = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    total = 0
    for i in range(LOOPS):
        a, b, c, d, e, f, g, h, j, k = t
        a, b, c, d, e, f, g, h, j, k = k, j, h, g, f, e, d, c, b, a
        total += a - k + i % 3
        a, b, c, d, e, f, g, h, j, k = items
        total += b + j
        first, *middle, last = t
        total += first + last + len(middle)
        x, (y, z) = i, (a, b)
        total += x % 7 + y - z
        a, b = b, a
        a, b, c = c, a, b
        total += a - c
    return str(total)


EXPECTED = "303999994"


def main():
    args = sys.argv[1:]
    iterations = 1
    if "--iterations" in args:
        iterations = int(args[args.index("--iterations") + 1])
    elapsed = 0.0
    result = None
    for _ in range(iterations):
        start = time.perf_counter()
        result = bench()
        lap = time.perf_counter() - start
        elapsed += lap
        print("iter:", lap)
    print("time:", elapsed)
    print("result:", result)
    if result != EXPECTED:
        print("wrong result, expected", EXPECTED)
        sys.exit(1)


main()
