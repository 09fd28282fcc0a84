# spectral_norm.py — the spectral norm of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to N x N, by ten
# rounds of the power method on A^T A. Nested loops over float lists and a
# small function called N*N times per product. Same arithmetic, in the same
# order, as bench/c/spectral_norm.c.
# Usage: spectral_norm.py [--iterations N]
import sys
import time

N = 400


def entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(vector):
    n = len(vector)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * vector[j]
        out.append(total)
    return out


def times_a_transposed(vector):
    n = len(vector)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * vector[j]
        out.append(total)
    return out


def times_ata(vector):
    return times_a_transposed(times_a(vector))


def bench():
    u = [1.0] * N
    v = None
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for i in range(N):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return "%.9f" % ((vbv / vv) ** 0.5)


EXPECTED = "1.274224081"


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
