from itertools import *
for r in range(0, 5):
    a = list(permutations(range(4), r)); b = list(combinations("abcd", r)); c = list(combinations_with_replacement([1, 2, 3], r))
    print(r, len(a), a[:3], a[-2:], len(b), b[-1:], len(c), c[-2:])
print(list(product("ab", range(3), repeat=2))[:5], len(list(product(range(3), range(4), range(2)))), list(product([], [1])), list(product()))
print(list(permutations([])), list(permutations([], 1)), list(combinations([], 0)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
it = permutations("xy"); print(next(it), list(it), list(it))
try:
    combinations("ab", 1.5)
except TypeError as e:
    print("TypeError", e)
print(type(product("a")).__name__, type(permutations("a")).__name__)
