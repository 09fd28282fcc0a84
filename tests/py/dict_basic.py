d = {"a": 1, "b": 2}
print(d, len(d), d["a"], d.get("b"), d.get("z"), d.get("z", 0))
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, "b" in d, "c" in d, "b" not in d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({1: 2}, z=3), dict(zip("ab", range(2))))
print(dict([[1, 2], (3, 4), "ab"]))
print({1: "int", 1.0: "float", True: "bool"})
print({None: 0, (): 1, (1, 2): 2, frozenset(): 3, "": 4, b"x": 5, 2.5: 6})
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d == {"c": 3, "a": 10}, d != {"a": 10}, {} == {}, {1: 2} == {1: 2.0}, {1: [1]} == {1: [1]})
print(bool({}), bool({0: 0}))
e = {}
for i in range(10):
    e[i] = i * i
print(e)
print(sum(e), sum(e.values()), max(e, key=e.get))
