# readpoly.py — seed experiment 4: allocation removal. The centroid of the
# 1 000 000 triangles of a 48 MB binary file (see make_triangles.py), two ways:
#   unpack   the seed's bare loop: one struct.unpack_from(fmt, buf) per
#            triangle, the format 'dddddd' held in a local variable
#   objects  Triangle/Point classes whose properties call
#            struct.unpack_from('d', buf, offset): 6 temporary objects and 6
#            tuples per triangle that a JIT with escape analysis can remove.
# Both are written as in the seed's program, which matters for PyPy: its JIT
# specialises unpack_from on a constant format string (the objects way) but
# not on one that arrives in a variable (the bare loop), so there the objects
# way is the faster one, the seed's point. Both ways read the file 48 bytes at
# a time inside the timed region (after the first run it is in the page cache,
# so this measures the read calls, not the disk) and add in the same order, so
# their sums are bit-identical. Prints `time unpack:`/`time objects:`,
# `iter:`, `time:`, `result:`; exits 1 if wrong.
# Usage: readpoly.py [--iterations N] [--file PATH] [unpack|objects ...]
import struct
import sys
import time

EXPECTED = (0.0553425817396114, 0.04498583342395598)


def centroid_unpack(path):
    fmt = "dddddd"
    size = struct.calcsize(fmt)
    count = 0
    sum_x = 0.0
    sum_y = 0.0
    with open(path, "rb") as source:
        while True:
            buf = source.read(size)
            if not buf:
                break
            ax, ay, bx, by, cx, cy = struct.unpack_from(fmt, buf)
            sum_x += ax + bx + cx
            sum_y += ay + by + cy
            count += 1
    return sum_x / (3 * count), sum_y / (3 * count)


class Point:
    def __init__(self, buf, offset):
        self.buf = buf
        self.offset = offset

    @property
    def x(self):
        return struct.unpack_from("d", self.buf, self.offset)[0]

    @property
    def y(self):
        return struct.unpack_from("d", self.buf, self.offset + 8)[0]


class Triangle:
    def __init__(self, buf, offset):
        self.buf = buf
        self.offset = offset

    @property
    def a(self):
        return Point(self.buf, self.offset)

    @property
    def b(self):
        return Point(self.buf, self.offset + 16)

    @property
    def c(self):
        return Point(self.buf, self.offset + 32)


def centroid_objects(path):
    size = struct.calcsize("dddddd")
    count = 0
    sum_x = 0.0
    sum_y = 0.0
    with open(path, "rb") as source:
        while True:
            buf = source.read(size)
            if not buf:
                break
            t = Triangle(buf, 0)
            sum_x += t.a.x + t.b.x + t.c.x
            sum_y += t.a.y + t.b.y + t.c.y
            count += 1
    return sum_x / (3 * count), sum_y / (3 * count)


WAYS = {"unpack": centroid_unpack, "objects": centroid_objects}


def ensure_file(path):
    try:
        with open(path, "rb"):
            return
    except OSError:
        pass
    import make_triangles

    make_triangles.ensure(path)


def default_path():
    # only without --file: the runner always passes the path, so a runtime
    # without `os` can still run this program
    import os

    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(os.path.dirname(os.path.dirname(here)), "build", "bench-data", "triangles.bin")


def main():
    args = sys.argv[1:]
    iterations = 1
    if "--iterations" in args:
        at = args.index("--iterations")
        iterations = int(args[at + 1])
        del args[at : at + 2]
    if "--file" in args:
        at = args.index("--file")
        path = args[at + 1]
        del args[at : at + 2]
    else:
        path = default_path()
    ensure_file(path)
    names = args or ["unpack", "objects"]
    results = []
    total = 0.0
    for name in names:
        way = WAYS[name]
        elapsed = 0.0
        for _ in range(iterations):
            start = time.perf_counter()
            centroid = way(path)
            lap = time.perf_counter() - start
            elapsed += lap
            print("iter:", lap)
        print("time " + name + ":", elapsed)
        total += elapsed
        results.append(centroid)
    print("time:", total)
    # one result line whatever the ways run, so it compares with the C reference
    if any(r != results[0] for r in results):
        print("the ways disagree:", results)
        sys.exit(1)
    print("result:", results[0][0], results[0][1])
    if results[0] != EXPECTED:
        print("wrong result")
        sys.exit(1)


main()
