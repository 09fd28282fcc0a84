it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e.args))
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
class G:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(list(iter(G())), list(G()))
tests = [lambda: iter(5), lambda: iter(1, 2), lambda: next(5), lambda: next([]), lambda: iter(), lambda: next()]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
