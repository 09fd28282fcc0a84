class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __radd__(self, o):
        return V(self.x + o)
    def __iadd__(self, o):
        self.x += o.x * 10
        return self
    def __neg__(self):
        return V(-self.x)
    def __getitem__(self, i):
        return self.x * i
    def __setitem__(self, i, v):
        self.x = i + v
    def __contains__(self, v):
        return v == self.x
    def __len__(self):
        return 3
    def __call__(self, y):
        return self.x * y
    def __repr__(self):
        return "V(%r)" % (self.x,)
a, b = V(1), V(2)
print(a + b, 5 + a, -a, a[4], 1 in a, 2 in a, len(a), a(7))
a += b
print(a)
a[3] = 4
print(a)
print(sum([V(1), V(2)], 0))
