a, b, c = 1, 2, 3
print(a < b < c, a < c < b, a == 1 < b, 1 <= 1 <= 1)
print("abc" < "abd", [1, 2] < [1, 3], (1, 2) == (1, 2), None is None, 1 is not None)
print(3 in [1, 2, 3], 4 not in (1, 2), "b" in "abc", "x" in {"x": 1})
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(not 0, not 1, not [], not [0], not None)
