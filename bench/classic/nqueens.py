# nqueens.py — count the placements of N queens on an N x N board by
# backtracking over columns, with the attacked columns and diagonals kept in
# sets, plus a generator that yields every solution as a tuple (the solutions
# are checked against the count and summed into a checksum).
# Usage: nqueens.py [--iterations N]
import sys
import time

N = 11
ROUNDS = 4


def solutions(n):
    """Yield each solution as a tuple: the column of the queen in each row."""
    columns = set()
    rising = set()
    falling = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if col in columns or (row + col) in rising or (row - col) in falling:
                continue
            columns.add(col)
            rising.add(row + col)
            falling.add(row - col)
            placed.append(col)
            yield from place(row + 1)
            placed.pop()
            columns.remove(col)
            rising.remove(row + col)
            falling.remove(row - col)

    return place(0)


def is_valid(queens):
    n = len(queens)
    for r1 in range(n):
        for r2 in range(r1 + 1, n):
            if queens[r1] == queens[r2] or abs(queens[r1] - queens[r2]) == r2 - r1:
                return False
    return True


def bench():
    count = 0
    checksum = 0
    for rounds in range(ROUNDS):
        for queens in solutions(N):
            if not is_valid(queens):
                return "invalid solution %r" % (queens,)
            count += 1
            checksum = (checksum * 31 + sum(c * (i + 1) for i, c in enumerate(queens))) % 1000000007
    return "%d %d" % (count, checksum)


EXPECTED = "10720 306155663"


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
