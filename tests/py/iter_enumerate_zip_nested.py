m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(c) for c in zip(*m)], list(map(list, zip(*zip(*m)))))
for idx, (a, b) in enumerate(zip("abc", range(3)), start=1):
    print(idx, a, b, end=" | ")
print()
print(list(enumerate(enumerate("ab"))), list(zip(enumerate("xy"), reversed("xy"))))
print(sorted(zip([3, 1, 2], "abc")), max(zip([1, 3, 2], "xyz")), list(filter(lambda p: p[0] % 2, enumerate("abcdef"))))
pairs = list(zip(range(5), map(lambda x: x * x, range(5))))
print(pairs, dict(pairs)[4])
it = zip(iter([1, 2, 3]), iter([4, 5]))
print(list(it), list(it))
