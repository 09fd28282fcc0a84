class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for i in Countdown(2):
    print('i', i)
it = iter(Countdown(1))
print(next(it), next(it, 'done'))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())

class Gen:
    def __iter__(self):
        yield 'a'
        yield 'b'
print(list(Gen()), sorted(Gen(), reverse=True))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    iter(3)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
a, b, c = Countdown(3)
print(a, b, c)
print(sum(Countdown(4)), max(Countdown(5)), tuple(Countdown(2)))
