from itertools import chain, count, repeat, cycle, zip_longest, islice
print(list(chain.from_iterable(["ab", [1], ()])), list(chain()), list(chain("a", "b")))
c = chain(1)
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
print(repr(count()), repr(count(2.5)), repr(count(1, 0.5)), repr(count(-1, -1)), list(islice(count(1j, 1j), 2)))
for bad in [lambda: count("a"), lambda: count(1, "x"), lambda: repeat(), lambda: cycle(), lambda: cycle(5), lambda: zip_longest(1), lambda: zip_longest([1], fill=2), lambda: chain(x=1), lambda: repeat(1, "a"), lambda: len(repeat(1))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
r = repeat("q", -5); print(repr(r), list(r), repr(repeat([1], 2)), repeat(1, 3).__length_hint__())
print(list(zip_longest("ab", [1], fillvalue=0)), list(zip_longest("abc", "x", "yz")))
class MyChain(chain): pass
print(list(MyChain([1], [2])), type(MyChain.from_iterable([[3]])).__name__)
cy = cycle([]); print(list(cy))
cy = cycle("ab"); print([next(cy) for _ in range(5)])
print(type(chain()).__name__, type(count()).__name__, isinstance(count(), count))
