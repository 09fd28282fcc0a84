from itertools import islice
for args in [(3,), (5, 2), (0, 5, 2), (0, 6, 4), (2, None), (1, 8, 3), (0, 0), (3, 3), (None, None, 3), (12,), (4, 20, 5)]:
    it = iter(range(10)); r = list(islice(it, *args)); print(args, r, next(it, None))
it = islice(iter("abcdef"), 1, 4)
print(next(it), list(it), list(it))
print(list(islice(range(5), 2**40)), list(islice("abc", 1, 2**62)))
