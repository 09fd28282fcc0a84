from collections import deque
d = deque([1,2,3])
for f in [lambda: d.remove(5), lambda: d.index(5), lambda: d[5], lambda: d['a'], lambda: d[1:2], lambda: deque(maxlen=-1), lambda: deque([1],2).insert(0,1) or deque([1,2],2).insert(0,1), lambda: deque().pop(), lambda: deque().popleft(), lambda: d + [1], lambda: d * 'a', lambda: hash(d), lambda: deque(1), lambda: d < [1], lambda: d.rotate('x'), lambda: deque(maxlen='a')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d2 = deque([1,2]); it = iter(d2); d2.append(3)
try: next(it)
except RuntimeError as e: print(e)
print(repr(deque(maxlen=3)), deque.__name__, deque.__module__, type(iter(d)).__name__, type(reversed(d)).__name__)
x = deque(); x.append(x); print(x)
print(d.index(2, 0, 3), d.index(3, -2))
class D(deque):
    def first(self): return self[0]
print(D([1]), repr(D([1], 3)), D([5, 6]).first(), D([1]).copy(), type(D([1]).copy()).__name__)
e = deque(range(10)); e.rotate(3); print(e); e.rotate(-5); print(e); e.rotate(23); print(e)
e = deque(range(5), maxlen=7); print(e * 3, 2 * deque([1, 2]), deque([1, 2], maxlen=3) * 2)
e *= 0; print(e)
f = deque([1, 2, 3]); f += f; print(f, f == deque([1, 2, 3, 1, 2, 3]), f > deque([1, 2]), deque([1, 3]) > deque([1, 2, 9]))
del f[1]; del f[-1]; f[0] = 'z'; print(f, f.count(3), len(f), bool(deque()), list(reversed(f)))
import copy; g = deque([[1]], 4); h = copy.deepcopy(g); print(h, h[0] is g[0], copy.copy(g), g.maxlen, deque[int])
