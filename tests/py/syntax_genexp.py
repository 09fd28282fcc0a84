g = (x * x for x in range(5))
print(next(g), next(g), list(g))
print(sum(x for x in range(10) if x % 2))
print(list(a + b for a in 'ab' for b in 'cd'))
it = iter([1, 2, 3])
g2 = (v for v in it)
print(list(g2), list(g2))
def outer():
    n = 10
    return list(n + i for i in range(3))
print(outer())
print(type(x for x in []).__name__)
