# Generator pipelines: send, yield from, closures and early exits.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (n, total)
        total += x
        n += 1
        avg = total / n


def delegate():
    result = yield from averager()
    yield ("done", result)


print(list(take(10, primes())))
print(list(chunks(range(10), 3)))
g = delegate()
next(g)
for v in [10, 20, 30, 45]:
    print(g.send(v))
print(g.send(None))
squares = (x * x for x in range(10) if x % 2)
print(sum(squares), list(squares))
pipeline = (s.upper() for s in ("a", "bb", "ccc") if len(s) > 1)
print(list(pipeline))


def flatten(x):
    for y in x:
        if isinstance(y, list):
            yield from flatten(y)
        else:
            yield y


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
gen = count(5, 5)
print(next(gen), next(gen), gen.__next__())
gen.close()
try:
    next(gen)
except StopIteration:
    print("closed")
