print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}))
print(sorted(['bb', 'a', 'ccc'], key=len), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted(range(5), key=lambda x: -x))
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(data, key=lambda t: t[1]))
l = [2, 1]
s = sorted(l)
print(l, s, s is l)
tests = [lambda: sorted(1), lambda: sorted([1, 'a']), lambda: sorted(), lambda: sorted([], 1),
         lambda: sorted([], kex=1), lambda: sorted([], reverse='x')]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
