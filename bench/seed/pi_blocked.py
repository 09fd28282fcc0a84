# pi_blocked.py — seed experiment 1, blocked variant: the same Leibniz loop as
# pi.py plus one call per iteration to hic_sunt_leones(), a Python function
# whose body is one call the JIT cannot enter, as in the seed (there
# `pypyjit.residual_call(empty)`, the stand-in for a C extension call).
#   PyPy: the seed's own blocker, pypyjit.residual_call of an empty function.
#     (time.perf_counter would not do there: PyPy's JIT sees it as a cheap
#     external call and the run stays ~4x faster than the seed's figure.)
#   elsewhere: a native builtin no JIT recorder handles and whose result is
#     dropped, time.perf_counter(), until Leones has a C extension API.
# The question is what one opaque call costs the compiled loop around it.
# Prints `iter:` per iteration of the timed region, `time:` and `result:`;
# exits 1 if the result is wrong. Usage: pi_blocked.py [--iterations N]
import sys
import time


def empty():
    pass


try:
    from pypyjit import residual_call

    def opaque():
        residual_call(empty)

except ImportError:
    opaque = time.perf_counter


def hic_sunt_leones():
    opaque()


def leibniz_pi():
    tolerance = 1e-7
    total = 0.0
    k = 0
    term = 1.0
    while abs(term) > tolerance:
        if k % 2 == 0:
            term = 1.0 / (2 * k + 1)
        else:
            term = -1.0 / (2 * k + 1)
        total = total + term
        k = k + 1
        hic_sunt_leones()
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
