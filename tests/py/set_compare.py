a = {1, 2, 3}
for other in [{1, 2, 3}, {1, 2}, {1, 2, 3, 4}, {4}, set(), frozenset([1, 2, 3]), frozenset([1])]:
    print(sorted(other), a == other, a != other, a < other, a <= other, a > other, a >= other)
print({1, 2} == [1, 2], {1} == {1: 2}.keys(), {1: 2}.keys() == {1})
print({1.0, 2} == {1, 2.0})
n = float("nan")
print({n} == {n})
