print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset("a")) == hash(frozenset("a")))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset(range(100))))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([-1, -2])), hash(frozenset([1.5])))
d = {frozenset([1, 2]): "a"}
print(d[frozenset([2, 1])])
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s), frozenset() in s, set() in s, {1} in s)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset([frozenset([1]), frozenset([2])])
print(sorted(map(sorted, fs)))
s2 = {frozenset([1])}
s2.remove({1})
print(s2)
s2.add(frozenset([2]))
s2.discard({2})
print(s2)
