s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
for x in s:
    s.add(x)
print(s)
it = iter({5})
print(next(it), next(it, "end"), type(it).__name__)
it = iter({1, 2, 3})
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
print(list(set([7, 3, 11])), list(frozenset([4, 0, 8])), [x * 2 for x in {1, 2}])
print({x % 4 for x in range(20)}, sorted({c for c in "mississippi"}))
t = set(range(40))
for i in range(0, 40, 3):
    t.discard(i)
print(list(t))
t.update(range(100, 110))
print(list(t))
while len(t) > 5:
    t.pop()
print(list(t))
