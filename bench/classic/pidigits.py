# pidigits.py — the first DIGITS decimal digits of pi with an unbounded spigot
# (Gibbons' streaming algorithm: a 2x2 integer matrix composed with the terms
# of a series, a digit emitted whenever it is settled). Pure big-integer
# arithmetic: the numbers grow to thousands of digits.
# Usage: pidigits.py [--iterations N]
import sys
import time

DIGITS = 4000


def pi_digits(count):
    # state (q, r, t) of the linear fractional transform, k the term index
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # the digit the current transform gives at x = 3 and x = 4
        low = (3 * q + r) // t
        high = (4 * q + r) // t
        if low == high:
            digits.append(low)
            # take the digit out: multiply by 10 after subtracting it
            q, r = 10 * q, 10 * (r - low * t)
        else:
            # absorb the next term k of the series
            q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
            k += 1
    return digits


def bench():
    digits = pi_digits(DIGITS)
    return "%s...%s sum=%d" % ("".join(map(str, digits[:12])), "".join(map(str, digits[-12:])), sum(digits))


EXPECTED = "314159265358...227211166039 sum=18197"


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
