print(len([1, 2]), len('héllo'), len({}), len(range(10)), len(b'ab'), len({1, 2, 2}))
class L:
    def __len__(self):
        return 3
print(len(L()))
print(hash(1) == hash(1.0), hash(True) == 1, hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)), hash(-1))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(0.5), hash(float('inf')))
a = object()
print(id(a) == id(a), id(a) != id(object()), isinstance(id(a), int))
x = [1]
y = x
print(id(x) == id(y))
tests = [lambda: len(5), lambda: hash([]), lambda: hash({}), lambda: len(), lambda: hash()]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
