class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
class Counter:
    def __init__(self, n):
        self.n = n
    def up(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
print(list(Counter(4).up()), sum(Counter(10).up()))
