# go.py — a Monte Carlo Go player on a 9 x 9 board: upper-confidence tree
# search (UCT) whose leaves are scored by random playouts. The board keeps
# stones in a flat list; captures and suicide are found by flood-filling
# groups and counting liberties; simple ko is forbidden and a player never
# fills its own one-point eyes. Random choices come from an inline LCG so
# every runtime plays the same game. Result: the moves chosen and the visits.
# Usage: go.py [--iterations N]
import math
import sys
import time

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5
PLAYOUTS_PER_MOVE = 100
MOVES = 2


def make_neighbours():
    table = []
    for point in range(SIZE * SIZE):
        row, col = divmod(point, SIZE)
        around = []
        if row > 0:
            around.append(point - SIZE)
        if row < SIZE - 1:
            around.append(point + SIZE)
        if col > 0:
            around.append(point - 1)
        if col < SIZE - 1:
            around.append(point + 1)
        table.append(tuple(around))
    return table


NEIGHBOURS = make_neighbours()


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 25214903917 + 11) & 0xFFFFFFFFFFFF
        return (self.state >> 16) % n


class Board:
    def __init__(self):
        self.stones = [EMPTY] * (SIZE * SIZE)
        self.to_play = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        other = Board.__new__(Board)
        other.stones = self.stones[:]
        other.to_play = self.to_play
        other.ko = self.ko
        other.passes = self.passes
        other.moves = self.moves
        return other

    def group(self, point):
        """The stones connected to point and whether the group has a liberty."""
        color = self.stones[point]
        stones = [point]
        seen = {point}
        has_liberty = False
        i = 0
        while i < len(stones):
            for n in NEIGHBOURS[stones[i]]:
                c = self.stones[n]
                if c == EMPTY:
                    has_liberty = True
                elif c == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, has_liberty

    def is_eye(self, point, color):
        for n in NEIGHBOURS[point]:
            if self.stones[n] != color:
                return False
        return True

    def play(self, point):
        """Play for the side to move; return False (board unchanged) if illegal."""
        color = self.to_play
        if point == PASS:
            self.passes += 1
            self.to_play = 3 - color
            self.ko = None
            self.moves += 1
            return True
        if self.stones[point] != EMPTY or point == self.ko:
            return False
        self.stones[point] = color
        enemy = 3 - color
        captured = []
        for n in NEIGHBOURS[point]:
            if self.stones[n] == enemy:
                stones, has_liberty = self.group(n)
                if not has_liberty:
                    captured.extend(stones)
                    for s in stones:
                        self.stones[s] = EMPTY
        if not captured:
            stones, has_liberty = self.group(point)
            if not has_liberty:
                self.stones[point] = EMPTY  # suicide
                return False
        self.ko = captured[0] if len(captured) == 1 else None
        self.passes = 0
        self.to_play = enemy
        self.moves += 1
        return True

    def candidate_moves(self):
        color = self.to_play
        return [p for p in range(SIZE * SIZE) if self.stones[p] == EMPTY and not self.is_eye(p, color)]

    def score(self):
        """Area score, black minus white minus komi."""
        total = -KOMI
        for point in range(SIZE * SIZE):
            c = self.stones[point]
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                around = {self.stones[n] for n in NEIGHBOURS[point]}
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total


def random_playout(board, rng):
    while board.passes < 2 and board.moves < 200:
        moves = board.candidate_moves()
        played = False
        while moves:
            i = rng.below(len(moves))
            move = moves[i]
            moves[i] = moves[-1]
            moves.pop()
            if board.play(move):
                played = True
                break
        if not played:
            board.play(PASS)
    return board.score()


class Node:
    def __init__(self, move, parent, to_play):
        self.move = move
        self.parent = parent
        self.to_play = to_play  # the side that chose self.move is 3 - to_play
        self.children = []
        self.untried = None
        self.wins = 0.0
        self.visits = 0

    def best_child(self):
        log_total = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + 1.2 * math.sqrt(log_total / child.visits)
            if value > best_value:
                best = child
                best_value = value
        return best


def uct_search(root_board, playouts, rng):
    root = Node(None, None, root_board.to_play)
    for _ in range(playouts):
        board = root_board.copy()
        node = root
        # select
        while node.untried is not None and not node.untried and node.children:
            node = node.best_child()
            board.play(node.move)
        # expand
        if node.untried is None:
            node.untried = board.candidate_moves() + [PASS]
        while node.untried:
            move = node.untried.pop(rng.below(len(node.untried)))
            if board.play(move):
                child = Node(move, node, board.to_play)
                node.children.append(child)
                node = child
                break
        # simulate, then back up the result for the side that moved into each node
        black_margin = random_playout(board, rng)
        while node is not None:
            node.visits += 1
            mover = 3 - node.to_play
            if (black_margin > 0) == (mover == BLACK):
                node.wins += 1.0
            node = node.parent
    best = max(root.children, key=lambda child: (child.visits, -child.move))
    return best.move, best.visits


def bench():
    rng = Lcg(2718)
    board = Board()
    record = []
    for _ in range(MOVES):
        move, visits = uct_search(board, PLAYOUTS_PER_MOVE, rng)
        board.play(move)
        record.append("%d/%d" % (move, visits))
    return " ".join(record)


EXPECTED = "1/2 2/2"


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
