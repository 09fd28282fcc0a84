class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), tuple(s), sorted(s, reverse=True), sum(s), 16 in s, 17 in s)
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
print(list(enumerate(Squares(3))), list(zip(Squares(3), 'abc')))
a, b, c = Squares(3)
print(a, b, c)
class Stop:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return i
print(list(Stop()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print('KeyError', e)
print(list(iter([1, 2, 3])), list(iter((4,))), list(iter('ab')), list(iter({'k': 1})))
