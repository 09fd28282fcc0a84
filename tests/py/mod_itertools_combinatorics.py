from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product([], [1])), len(list(product(range(4), repeat=2))))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations([1], 2)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations([1, 2], 3)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([1], 0)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))
try:
    list(permutations([1], -1))
except ValueError as e:
    print("ValueError", e)
try:
    list(combinations([1], -1))
except ValueError as e:
    print("ValueError", e)
