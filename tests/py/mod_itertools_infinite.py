from itertools import count, cycle, repeat, islice, takewhile
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(5, -2), 4)), repr(count(3)), repr(count(3, 2)), repr(count(1.0)))
print(list(islice(cycle("abc"), 7)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)), repr(repeat(2, 3)), list(islice(repeat(7), 3)))
c = count(); next(c); next(c); print(next(c), c)
print(list(map(pow, range(5), repeat(2))))
print(list(takewhile(lambda x: x < 20, count(1, 7))))
