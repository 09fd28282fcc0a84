d = dict.fromkeys(range(5))
it = iter(d.items())
print(next(it))
d.pop(4)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
s = set(range(5))
it = iter(s)
next(it)
s.add(99)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
vals = iter(d.values())
d[1] = 2
print(list(vals))
kk = iter({1: 1, 2: 2})
print(kk.__length_hint__())
