print({i: i * i for i in range(6)})
print({k: v for k, v in zip("abc", [3, 2, 1]) if v > 1})
print({x % 3: x for x in range(10)})
words = "one two three four five six".split()
byfirst = {}
for w in words:
    byfirst.setdefault(w[0], []).append(w)
print(byfirst)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
