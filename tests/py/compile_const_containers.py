# constant set/list displays and `in` tests against constant containers (folded as in CPython)
print({7, 3, 11}, {1, 2, 3}, [1, 2, 3], {5, 1}, [*range(2), 1, 2, 3])
s = {7, 3, 11}
s.add(1)
print(s, {x for x in (7, 3, 11)})
def f():
    return [1, 2, 3]
a = f()
a.append(4)
print(a, f())
x = 3
print(x in {1, 2, 3}, x not in [4, 5], 'a' in ['b', 'a'], [] in [[]], x in {1, x})
try:
    print([] in {1, 2})
except TypeError as e:
    print(e)
def g(v):
    return v in {'a', 'b'}, v in (1, 2), v in [1.5, 'a']
print(g('a'), g(1), g(1.5))
print(sorted({'b', 'a', 'c'}), len({1, 1, 1, 2}))
