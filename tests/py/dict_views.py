d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, "a" in it)
d["d"] = 4
print(k, v, it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(k & ["b", "c", "x"]), sorted(["x", "a"] - k) if False else "", sorted({"x", "a"} - k))
print(k == {"a", "b", "c", "d"}, k == {"a"}, k < {"a", "b", "c", "d", "e"}, k >= {"a"}, k != set())
print(sorted(it & {("a", 1), ("b", 5)}), sorted(it - {("a", 1)}))
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), it.isdisjoint([("a", 1)]))
print({}.keys(), {}.values(), {}.items())
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
print({1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 2}.items())
r = {}
r[1] = r.keys()
print(r)
e = {1: 2}
print(list(e.items())[0], [x for x in e.values()])
