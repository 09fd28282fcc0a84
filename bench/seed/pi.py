# pi.py — seed experiment 1, clean variant: the Leibniz series for pi, summed
# until a term falls under 1e-7 (about five million iterations of a loop of
# float arithmetic). A tracing JIT should turn this into a tight machine loop.
# Prints `iter:` per iteration of the timed region, `time:` and `result:`;
# exits 1 if the result is wrong. Usage: pi.py [--iterations N]
import sys
import time


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
