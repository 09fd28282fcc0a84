# fannkuch.py — "pancake flipping": for every permutation of 0..N-1 (in the
# order of a counting-based generator), repeatedly reverse the prefix whose
# length is the first element plus one until the first element is 0. Result:
# the maximum number of flips and a checksum (flips summed with alternating
# signs over the permutations). Integer list work only. Same algorithm as
# bench/c/fannkuch.c.
# Usage: fannkuch.py [--iterations N]
import sys
import time

N = 9
ROUNDS = 2  # fannkuch(10) is ten times fannkuch(9): two rounds of 9 keep CPython near 0.6 s


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    while True:
        # flip a copy of the current permutation
        first = perm[0]
        if first != 0:
            work = perm[:]
            flips = 0
            while first != 0:
                low = 0
                high = first
                while low < high:
                    work[low], work[high] = work[high], work[low]
                    low += 1
                    high -= 1
                flips += 1
                first = work[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        # next permutation: rotate prefixes, counting rotations per position
        sign = -sign
        i = 1
        while True:
            if i == n:
                return max_flips, checksum
            head = perm[0]
            for k in range(i):
                perm[k] = perm[k + 1]
            perm[i] = head
            count[i] += 1
            if count[i] <= i:
                break
            count[i] = 0
            i += 1


def bench():
    results = [fannkuch(N) for _ in range(ROUNDS)]
    max_flips, checksum = results[-1]
    if results.count(results[0]) != ROUNDS:
        return "rounds disagree"
    return "%d %d" % (max_flips, checksum)


EXPECTED = "30 8629"


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
