print(tuple(x for x in range(5)), tuple(iter([1, 2])), tuple({3: 4}.items()), tuple(reversed("ab")))
print(tuple(map(str, range(3))), tuple(zip("ab", "cd")), tuple(enumerate("xy")), tuple(filter(None, [0, 1, 2])))
class GI:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(tuple(GI()), list(GI()), set(GI()) == {0, 10, 20})
def gen():
    yield 1
    raise ValueError("from gen")
try:
    tuple(gen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(gen())
except ValueError as e:
    print(type(e).__name__, e)
print(tuple(range(100000))[-1], len(tuple(str(i) for i in range(1000))))
