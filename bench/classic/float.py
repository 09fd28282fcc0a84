# float.py — float arithmetic on many small objects: build 300 000 points from
# sin/cos of their index, normalise each to unit length, then fold them into
# the componentwise maximum. Exercises attribute access, method calls and
# boxed floats; a JIT with allocation removal keeps the floats unboxed.
# Usage: float.py [--iterations N]
import math
import sys
import time

POINTS = 200_000
ROUNDS = 4


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        length = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= length
        self.y /= length
        self.z /= length

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def one_round():
    points = [Point(i) for i in range(POINTS)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return "%.9f %.9f %.9f" % (best.x, best.y, best.z)


def bench():
    results = [one_round() for _ in range(ROUNDS)]
    return results[0] if results.count(results[0]) == ROUNDS else "rounds disagree"


EXPECTED = "0.894427190 1.000000000 0.447213595"


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
