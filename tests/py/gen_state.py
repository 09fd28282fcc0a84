def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
def with_locals():
    data = []
    for i in range(3):
        data.append(i)
        yield list(data)
print(list(with_locals()))
gens = [fib() for _ in range(3)]
for g in gens:
    next(g)
print([next(g) for g in gens])
def exc_state():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])
e = exc_state()
print(next(e))
print(next(e))
