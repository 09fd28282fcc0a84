from collections import defaultdict
d = defaultdict(list)
d["a"].append(1); d["a"].append(2); d["b"].append(3)
print(d, d["a"], dict(d))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
n = defaultdict()
print(n)
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(lambda: "z")["q"], isinstance(d, dict))
d2 = d.copy()
print(d2, type(d2).__name__, d2.default_factory is list)
print("zz" in d, d.get("zz"), "zz" in d)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"]["b"], len(nested))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
x = defaultdict(set, {"k": {1}})
print(x)
print(defaultdict(list, a=[1]) | {"b": [2]})
