x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6, 1 <= 1 < 2 <= 2)
print(x is None, x is not None, 3 in [1, 2, 3], 4 not in (1, 2))
def f(v):
    print('eval', v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print([] == [], [] is [], 'a' < 'b')
