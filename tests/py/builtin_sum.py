print(sum([1, 2, 3]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([2.5, 1]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1, 2], start=10))
print(sum([2**62, 2**62, 2**62]), sum([-2**62] * 4), sum([1.5, 2**70]), sum([True, True, 3]))
print(sum(x * x for x in range(10)), sum([1e308, 1e308]), sum([0.5, 1, 2**80]))
tests = [lambda: sum(['a', 'b']), lambda: sum([1], 'a'), lambda: sum([b'a'], b''), lambda: sum([1], bytearray()),
         lambda: sum(), lambda: sum(start=1), lambda: sum(5), lambda: sum([1, 'x'])]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
