d = {i: str(i) for i in range(5)}
for view in (d.keys(), d.values(), d.items()):
    it = iter(view)
    print(next(it), end=" ")
    d[100] = "x"
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
    del d[100]
k = d.keys()
print(list(k), len(k))
d.clear()
print(list(k), len(k), k)
d.update(a=1)
print(list(k), list(d.values()), list(d.items()))
e = dict.fromkeys("abc", 0)
it = reversed(e.items())
print(next(it))
e["d"] = 1
try:
    next(it)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(list(zip(e.keys(), e.values())))
print([k for k in e if e[k] == 0])
print(sorted(e.items(), key=lambda kv: (-kv[1], kv[0])))
