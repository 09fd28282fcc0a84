print(list(zip()), list(zip("ab")), list(zip("abc", range(5))), list(zip([1, 2], "xy", (True, False))))
print(dict(zip("abc", [1, 2, 3])), list(zip(*[(1, 2), (3, 4), (5, 6)])))
z = zip([1], [2])
print(iter(z) is z, next(z), next(z, "end"), type(z).__name__)
print(list(zip("ab", "cd", strict=True)))
for args in [("ab", "c"), ("a", "bc"), ("ab", "ab", "a"), ("ab", "ab", "abc"), ("a", "ab", "ab"), ("", "a", "")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([], foo=1)
except TypeError as e:
    print(type(e).__name__, e)
it = iter(range(10))
print(list(zip(it, it)))
def gen():
    yield 1
    yield 2
    print("gen exhausted")
print(list(zip(gen(), "abc")))
print(list(zip("abc", gen())))
