class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("thirteen")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
xs = [Bad(i) for i in [5, 2, 13, 7, 1, 9, 4]]
try:
    xs.sort()
except ValueError as e:
    print("ValueError", e)
print(sorted(x.v for x in xs))
a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(a)
b = [3, 1, 2]
try:
    b.sort(key=lambda x: 1 // (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(b)
c = [1, "a", 2]
try:
    c.sort()
except TypeError as e:
    print("TypeError", e)
print(sorted(map(str, c)))
class Mut:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        d.append(1)
        return self.v < other.v
d = [Mut(2), Mut(1)]
try:
    d.sort()
except ValueError as e:
    print("ValueError", e)
print(len(d), [m.v for m in d])
