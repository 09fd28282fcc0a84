print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(abs, [])))
print(list(map(pow, [2, 3], [5, 2], [7, 5])))
m = map(len, ["a", "bb"])
print(iter(m) is m, next(m), next(m), next(m, "x"), type(m).__name__)
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(bool, [0, 3])), type(filter(None, [])).__name__)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])))
print(list(map(lambda *a: a, "ab", "cd", "ef")))
