# pi_blocked.py — seed experiment 1, blocked variant: the same Leibniz loop as
# pi.py plus one call per iteration to a function the JIT cannot enter, like
# the seed's `hic_sunt_leones()` (there a C extension). Until Leones has a C
# extension API the stand-in is a native builtin that no JIT recorder handles
# and that has no visible effect: time.perf_counter(), a clock read whose value
# is dropped. PyPy cannot look inside it either (an external C call). The
# question is what one opaque call costs the compiled loop around it.
# Prints `iter:` per iteration of the timed region, `time:` and `result:`;
# exits 1 if the result is wrong. Usage: pi_blocked.py [--iterations N]
import sys
import time


hic_sunt_leones = time.perf_counter


def leibniz_pi():
    tolerance = 1e-7
    total = 0.0
    k = 0
    term = 1.0
    while abs(term) > tolerance:
        hic_sunt_leones()
        if k % 2 == 0:
            sign = 1.0
        else:
            sign = -1.0
        term = sign / (2 * k + 1)
        total = total + term
        k = k + 1
    return 4.0 * total, k


def iterations_requested():
    args = sys.argv[1:]
    if "--iterations" in args:
        return int(args[args.index("--iterations") + 1])
    return 1


def main():
    elapsed = 0.0
    result = None
    for _ in range(iterations_requested()):
        start = time.perf_counter()
        result = leibniz_pi()
        lap = time.perf_counter() - start
        elapsed += lap
        print("iter:", lap)
    print("time:", elapsed)
    approx, terms = result
    print("result:", approx, terms)
    if terms != 5000001 or abs(approx - 3.14159265358979) > 1e-6:
        print("wrong result")
        sys.exit(1)


main()
