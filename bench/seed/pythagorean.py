# pythagorean.py — seed experiment 3: count the Pythagorean triples (a, b, c)
# with a + b + c <= 10**6, three ways that do the same arithmetic:
#   loop       two nested `for` loops over (m, n)
#   generator  the (m, n) pairs come from a generator, range_product()
#   iterator   the pairs come from an iterator class with __next__
# As in the seed's program: Euclid's formula gives the primitive triples from
# m > n >= 1 with m - n odd and gcd(m, n) == 1, perimeter p0 = 2*m*(m + n), and
# each primitive triple with p0 <= LIMIT has LIMIT // p0 multiples within the
# limit. The whole (m, n) square up to isqrt(2 * LIMIT) (a loose bound) is
# walked as a product of two ranges; the parity test comes first and math.gcd
# second, so half the pairs pay one gcd call, the same in all three ways. (The
# seed omits the n < m test and so also counts some non-triples; it is checked
# here after the gcd, where it does not change which pairs pay a gcd call.)
# Prints `iter:`/`time:` lines per way, `result:`; exits 1 if wrong.
# Usage: pythagorean.py [--iterations N] [loop|generator|iterator ...]
import math
import sys
import time

LIMIT = 10**6
EXPECTED = 808950


def count_loop(limit):
    m_max = math.isqrt(2 * limit)
    count = 0
    for m in range(1, m_max + 1):
        for n in range(1, m_max + 1):
            if (m - n) & 1 and math.gcd(m, n) == 1 and n < m:
                p0 = 2 * m * (m + n)
                if p0 > limit:
                    continue
                count += limit // p0
    return count


def range_product(a, b):
    for i in range(*a):
        for j in range(*b):
            yield i, j


def count_generator(limit):
    m_max = math.isqrt(2 * limit)
    count = 0
    for m, n in range_product((1, m_max + 1), (1, m_max + 1)):
        if (m - n) & 1 and math.gcd(m, n) == 1 and n < m:
            p0 = 2 * m * (m + n)
            if p0 > limit:
                continue
            count += limit // p0
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
        if self.i >= self.i_stop:
            raise StopIteration
        pair = (self.i, self.j)
        self.j += 1
        if self.j >= self.j_stop:
            self.j = self.j_start
            self.i += 1
        return pair


def count_iterator(limit):
    m_max = math.isqrt(2 * limit)
    count = 0
    for m, n in RangeProduct((1, m_max + 1), (1, m_max + 1)):
        if (m - n) & 1 and math.gcd(m, n) == 1 and n < m:
            p0 = 2 * m * (m + n)
            if p0 > limit:
                continue
            count += limit // p0
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
            count = way(LIMIT)
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
