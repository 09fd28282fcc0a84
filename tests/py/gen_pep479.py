def g():
    yield 1
    raise StopIteration("inside")
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def h():
    yield 1
    next(iter([]))
try:
    for x in h():
        print(x)
except RuntimeError as e:
    print(e)
