print(max(1, 2, 3), min(1, 2, 3), max([4, 9, 2]), min('hello'), max((1, 'a'), (1, 'b')))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max([], default='empty'), min((), default=None))
print(max(iter([3, 1, 2])), max(2, 2.0), max(2.0, 2), min([[1], [0, 5]]))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len))
# ties: first one wins
print(max([(1, 'x'), (1, 'y')], key=lambda t: t[0]), min([(1, 'x'), (1, 'y')], key=lambda t: t[0]))
tests = [lambda: max([]), lambda: min(iter([])), lambda: max(1), lambda: max(), lambda: max(1, 2, default=0),
         lambda: max([1], foo=2), lambda: min(1, 'a')]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
