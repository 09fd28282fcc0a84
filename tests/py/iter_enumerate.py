print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
print(list(enumerate(range(3), 10 ** 20)))
e = enumerate([10, 20])
print(next(e), iter(e) is e, next(e), next(e, None), type(e).__name__)
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
class I:
    def __index__(self):
        return 7
print(list(enumerate("ab", I())))
try:
    enumerate("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate(iterable="hi", start=2)))
print(dict(enumerate("abc")))
