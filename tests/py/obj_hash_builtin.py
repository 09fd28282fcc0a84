print(hash(1) == 1, hash(-1), hash(0), hash(True), hash(1.0) == hash(1), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash('a') == hash('a'), hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(b'x') == hash(b'x'))
for v in [[], {}, set(), bytearray(), [1]]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
try:
    hash(([1],))
except TypeError as e:
    print(e)
print(hash(int) == hash(int), hash(len) == hash(len), hash(object) == hash(object))
print({1: 'a', 1.0: 'b', True: 'c'})
print(len({(1, 2), (1, 2), (2, 1)}))
