from itertools import (accumulate, chain, compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap,
                       takewhile, tee, zip_longest)
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=5)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, "", "a"])), list(filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
g = groupby("aabb"); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 0, None, 2)), list(islice("abc", 1, None)))
print(list(pairwise("abcd")), list(pairwise([1])), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
a, b = tee([1, 2, 3]); print(list(a), list(b))
a, b, c = tee(iter("xy"), 3); print(next(a), list(b), list(a), list(c))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest([1])))
try:
    list(islice("abc", -1))
except ValueError as e:
    print("ValueError", e)
it = iter(range(10)); list(islice(it, 3)); print(next(it))
