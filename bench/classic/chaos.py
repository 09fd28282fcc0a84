# chaos.py — the chaos game: a point jumps repeatedly towards randomly chosen
# targets, and the hits draw a fractal. Here the targets lie on three cubic
# Bezier splines (evaluated by de Casteljau's construction with a small 2-D
# vector class), the jump ratio depends on the chosen spline, and the hits are
# counted in a GRID x GRID raster. Random choices come from an inline LCG so
# every runtime draws the same picture. Result: filled cells and a checksum.
# Usage: chaos.py [--iterations N]
import sys
import time

POINTS = 150_000
GRID = 256


class Vec2:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec2(self.x - other.x, self.y - other.y)

    def __mul__(self, factor):
        return Vec2(self.x * factor, self.y * factor)

    def lerp(self, other, t):
        return self + (other - self) * t


class Bezier:
    """A cubic Bezier curve through four control points."""

    def __init__(self, p0, p1, p2, p3):
        self.points = [p0, p1, p2, p3]

    def at(self, t):
        points = self.points
        while len(points) > 1:
            points = [points[i].lerp(points[i + 1], t) for i in range(len(points) - 1)]
        return points[0]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def uniform(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0

    def below(self, n):
        return int(self.uniform() * n)


SPLINES = [
    (Bezier(Vec2(0.05, 0.05), Vec2(0.2, 0.9), Vec2(0.5, 0.95), Vec2(0.95, 0.9)), 0.5),
    (Bezier(Vec2(0.95, 0.9), Vec2(0.7, 0.5), Vec2(0.9, 0.2), Vec2(0.6, 0.05)), 0.45),
    (Bezier(Vec2(0.6, 0.05), Vec2(0.4, 0.3), Vec2(0.2, 0.1), Vec2(0.05, 0.05)), 0.55),
]


def play(count):
    rng = Lcg(42)
    raster = [[0] * GRID for _ in range(GRID)]
    point = Vec2(0.5, 0.5)
    for step in range(count):
        spline, ratio = SPLINES[rng.below(len(SPLINES))]
        target = spline.at(rng.uniform())
        point = point.lerp(target, ratio)
        if step >= 20:  # let the point settle onto the attractor first
            column = int(point.x * GRID)
            row = int(point.y * GRID)
            if 0 <= column < GRID and 0 <= row < GRID:
                raster[row][column] += 1
    filled = 0
    checksum = 0
    for row in range(GRID):
        for column in range(GRID):
            hits = raster[row][column]
            if hits:
                filled += 1
                checksum = (checksum * 31 + hits * (row * GRID + column + 1)) % 1000000007
    return filled, checksum


def bench():
    filled, checksum = play(POINTS)
    return "%d %d" % (filled, checksum)


EXPECTED = "26661 394539054"


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
