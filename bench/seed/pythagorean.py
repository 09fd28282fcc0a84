# pythagorean.py — seed experiment 3: count the Pythagorean triples (a, b, c)
# with a + b + c <= 10**6, three ways that do the same arithmetic:
#   loop       two nested `for` loops over (m, n)
#   generator  the (m, n) pairs come from a generator, range_product()
#   iterator   the pairs come from an iterator class with __next__
# Every triple is a multiple of a primitive one, and Euclid's formula gives the
# primitive ones: m > n >= 1, m - n odd, gcd(m, n) == 1; sides m*m - n*n,
# 2*m*n, m*m + n*n. Each multiple of a primitive triple within the limit is
# counted one by one. The whole (m, n) square up to isqrt(LIMIT) is walked (as
# a product of two ranges) and gcd is the first test, so every pair pays one
# math.gcd call, the same in all three ways.
# Prints `iter:`/`time:` lines per way, `result:`; exits 1 if wrong.
# Usage: pythagorean.py [--iterations N] [loop|generator|iterator ...]
import math
import sys
import time

LIMIT = 10**6
SIDE = 1001  # a loose bound, isqrt(LIMIT): the perimeter test discards the rest
EXPECTED = 808950


def count_loop():
    gcd = math.gcd
    count = 0
    for m in range(1, SIDE):
        for n in range(1, SIDE):
            if gcd(m, n) == 1 and n < m and (m - n) % 2 == 1:
                a = m * m - n * n
                b = 2 * m * n
                c = m * m + n * n
                perimeter = a + b + c
                while perimeter <= LIMIT:
                    count += 1
                    perimeter += a + b + c
    return count


def range_product(a, b):
    for i in range(*a):
        for j in range(*b):
            yield i, j


def count_generator():
    gcd = math.gcd
    count = 0
    for m, n in range_product((1, SIDE), (1, SIDE)):
        if gcd(m, n) == 1 and n < m and (m - n) % 2 == 1:
            a = m * m - n * n
            b = 2 * m * n
            c = m * m + n * n
            perimeter = a + b + c
            while perimeter <= LIMIT:
                count += 1
                perimeter += a + b + c
    return count


class RangeProduct:
    """Iterator over the pairs (i, j) of range(*a) x range(*b), row by row."""

    def __init__(self, a, b):
        self.i, self.i_stop = a
        self.j_start, self.j_stop = b
        self.j = self.j_start

    def __iter__(self):
        return self

    def __next__(self):
        if self.j >= self.j_stop:
            self.i += 1
            self.j = self.j_start
        if self.i >= self.i_stop:
            raise StopIteration
        pair = (self.i, self.j)
        self.j += 1
        return pair


def count_iterator():
    gcd = math.gcd
    count = 0
    for m, n in RangeProduct((1, SIDE), (1, SIDE)):
        if gcd(m, n) == 1 and n < m and (m - n) % 2 == 1:
            a = m * m - n * n
            b = 2 * m * n
            c = m * m + n * n
            perimeter = a + b + c
            while perimeter <= LIMIT:
                count += 1
                perimeter += a + b + c
    return count


WAYS = {"loop": count_loop, "generator": count_generator, "iterator": count_iterator}


def main():
    args = sys.argv[1:]
    iterations = 1
    if "--iterations" in args:
        at = args.index("--iterations")
        iterations = int(args[at + 1])
        del args[at : at + 2]
    names = args or ["loop", "generator", "iterator"]
    counts = []
    total = 0.0
    for name in names:
        way = WAYS[name]
        elapsed = 0.0
        for _ in range(iterations):
            start = time.perf_counter()
            count = way()
            lap = time.perf_counter() - start
            elapsed += lap
            print("iter:", lap)
        print("time " + name + ":", elapsed)
        total += elapsed
        counts.append(count)
    print("time:", total)
    # one result line whatever the ways run, so it compares with the C reference
    if counts != [counts[0]] * len(counts):
        print("the ways disagree:", counts)
        sys.exit(1)
    print("result:", counts[0])
    if counts[0] != EXPECTED:
        print("wrong result")
        sys.exit(1)


main()
