class Node:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        def ins(node):
            if node is None:
                self.size += 1
                return Node(key)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            return node
        self.root = ins(self.root)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def __len__(self):
        return self.size
t = BST()
x = 7
for i in range(200):
    x = (x * 1103515245 + 12345) % 2**31
    t.insert(x % 1000)
keys = list(t)
print(len(t), keys[:10], keys == sorted(set(keys)), 500 in t, keys[5] in t)
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m @ Matrix([[1, 0], [0, 1]]) == m)
m2 = m
m2 @= m
print(m2)
def stats(*nums, **opts):
    ddof = opts.pop("ddof", 0)
    if opts:
        raise TypeError(f"unexpected options: {sorted(opts)}")
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / (n - ddof)
    return round(mean, 3), round(var, 3)
print(stats(1, 2, 3, 4), stats(*range(10), ddof=1))
try:
    stats(1, bogus=1)
except TypeError as e:
    print(e)
events = []
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        events.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        events.append(f"close {self.name} {et.__name__ if et else ''}")
        return et is KeyError
def work():
    with Resource("a") as a, Resource("b") as b:
        events.append("use " + a.name + b.name)
        raise KeyError("x")
    return "suppressed"
print(work(), events)
