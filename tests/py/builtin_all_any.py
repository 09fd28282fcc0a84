print(all([]), all([1, 2, 3]), all([1, 0, 3]), all(x > 0 for x in range(5)))
print(any([]), any([0, 0, 1]), any([0, "", None]), any(iter([False, True])))
def gen():
    yield 1
    yield 0
    raise ValueError("never reached")
print(all(gen()))
try:
    any(5)
except TypeError as e:
    print(e)
try:
    all()
except TypeError as e:
    print(e)
