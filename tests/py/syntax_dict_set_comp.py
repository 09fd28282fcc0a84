print({k: v * 2 for k, v in {'a': 1, 'b': 2}.items()})
print({x % 4 for x in range(20)} == {0, 1, 2, 3})
print({(i, j): i * j for i in range(2) for j in range(2)})
print(sorted({c for c in 'hello'}))
