a = [1, 2, 3, 4]
out = []
for x in a:
    out.append(x)
    if x == 2:
        a.append(5)
print(out, a)
a = [1, 2, 3, 4, 5, 6]
out = []
for x in a:
    out.append(x)
    a.remove(x)
print(out, a)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), list(it))
a = [1, 2, 3]
it = iter(a)
next(it)
a.clear()
print(list(it))
a.extend([7, 8])
print(list(it))
r = reversed([1, 2, 3])
print(list(r), list(r))
a = [1, 2, 3, 4]
r = reversed(a)
next(r)
del a[:]
print(list(r))
it = iter([1, 2, 3])
print(it.__length_hint__())
next(it)
print(it.__length_hint__(), type(it).__name__, type(reversed([])).__name__)
