# hexiom.py — a solver for Hexiom-style puzzles: tiles numbered 0..6 must be
# placed on the cells of a hexagonal board so that every tile's number equals
# how many of its six neighbours hold tiles. The puzzle is generated from a
# random pattern (inline LCG), then every solution is counted by
# backtracking with constraint checks on each placed tile and its neighbours.
# Tuples, dicts, lists, nested loops and recursion. Result: the solutions found
# for each puzzle and the search nodes visited.
# Usage: hexiom.py [--iterations N]
import sys
import time

RADIUS = 2
PUZZLES = 4
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


def make_board(radius):
    cells = []
    for q in range(-radius, radius + 1):
        for r in range(-radius, radius + 1):
            if abs(q + r) <= radius:
                cells.append((q, r))
    index = {cell: i for i, cell in enumerate(cells)}
    neighbours = []
    for q, r in cells:
        around = []
        for dq, dr in DIRECTIONS:
            other = (q + dq, r + dr)
            if other in index:
                around.append(index[other])
        neighbours.append(tuple(around))
    return cells, neighbours


def make_puzzle(neighbours, seed, density):
    """A pattern of occupied cells; return the count of tiles of each number and of empty cells."""
    state = seed
    occupied = []
    for _ in neighbours:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        occupied.append((state >> 8) % 100 < density)
    counts = [0] * 7
    empty = 0
    for cell, around in enumerate(neighbours):
        if occupied[cell]:
            counts[sum(1 for n in around if occupied[n])] += 1
        else:
            empty += 1
    return counts, empty


class Solver:
    UNSET = -2
    EMPTY = -1

    def __init__(self, neighbours, counts, empty):
        self.neighbours = neighbours
        self.counts = list(counts)
        self.empty = empty
        self.values = [Solver.UNSET] * len(neighbours)
        self.solutions = 0
        self.nodes = 0

    def consistent(self, cell):
        """Check the tile at cell (if any) and its placed neighbours."""
        for c in (cell,) + self.neighbours[cell]:
            number = self.values[c]
            if number < 0:
                continue
            filled = 0
            open_ = 0
            for n in self.neighbours[c]:
                v = self.values[n]
                if v >= 0:
                    filled += 1
                elif v == Solver.UNSET:
                    open_ += 1
            if filled > number or filled + open_ < number:
                return False
        return True

    def search(self, cell):
        self.nodes += 1
        if cell == len(self.values):
            self.solutions += 1
            return
        if self.empty > 0:
            self.empty -= 1
            self.values[cell] = Solver.EMPTY
            if self.consistent(cell):
                self.search(cell + 1)
            self.empty += 1
        for number in range(7):
            if self.counts[number] > 0:
                self.counts[number] -= 1
                self.values[cell] = number
                if self.consistent(cell):
                    self.search(cell + 1)
                self.counts[number] += 1
        self.values[cell] = Solver.UNSET


def bench():
    cells, neighbours = make_board(RADIUS)
    report = []
    total_nodes = 0
    for puzzle in range(PUZZLES):
        counts, empty = make_puzzle(neighbours, 1000 + puzzle, 60)
        solver = Solver(neighbours, counts, empty)
        solver.search(0)
        if solver.solutions < 1:
            return "puzzle %d has no solution" % puzzle
        report.append(str(solver.solutions))
        total_nodes += solver.nodes
    return "solutions %s nodes %d" % (",".join(report), total_nodes)


EXPECTED = "solutions 2544,1452,1098,84 nodes 490011"


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
