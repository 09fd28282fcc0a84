class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), tuple(Count(2)), set(Count(3)), dict.fromkeys(Count(2)))
class GetItem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return chr(97 + i)
print(list(GetItem()), "c" in GetItem(), "z" in GetItem())
it = iter(GetItem())
print(type(it).__name__, next(it), list(it))
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)))
c = iter(lambda: 7, 7)
print(list(c), type(c).__name__)
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
print(list(iter([1, 2])), iter(iter([1])).__class__.__name__)
for T in (list, tuple, str, dict, set, frozenset, range):
    print(T.__name__, type(iter(T())).__name__)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
