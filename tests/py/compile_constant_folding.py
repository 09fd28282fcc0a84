def f():
    return -1, (1, 2, (3, -4)), -2.5, ~5, +3, -(-7)
print(f())
print(f.__code__.co_consts)
print(-9223372036854775808, -2**63)
