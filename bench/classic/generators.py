# generators.py — generator-heavy code: an in-order walk of a complete binary
# tree by recursive generators (`yield from` chains as deep as the tree),
# feeding a pipeline of generator stages (filter, map, running pairs), and a
# generator expression reduced by sum(). Resuming generators costs frames in
# an interpreter; a JIT can inline them.
# Usage: generators.py [--iterations N]
import sys
import time

DEPTH = 16
ROUNDS = 6


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build(low, high):
    """A complete tree holding the integers low..high-1."""
    if low >= high:
        return None
    middle = (low + high) // 2
    return Node(middle, build(low, middle), build(middle + 1, high))


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)


def odd_only(values):
    for v in values:
        if v % 2 == 1:
            yield v


def squared(values):
    for v in values:
        yield v * v


def pairs(values):
    previous = None
    for v in values:
        if previous is not None:
            yield previous, v
        previous = v


def bench():
    size = 2**DEPTH - 1
    tree = build(0, size)
    total = 0
    for _ in range(ROUNDS):
        ordered = 0
        previous = -1
        for value in walk(tree):
            if value != previous + 1:
                return "walk out of order at %d" % value
            previous = value
            ordered += 1
        differences = sum(b - a for a, b in pairs(squared(odd_only(walk(tree)))))
        total += ordered + differences
    return str(total)


EXPECTED = "25767837738"


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
