a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, *i = range(5)
*j, k = range(5)
l, *m, n = range(5)
print(h, i, j, k, l, m, n)
o, *p, q = 1, 2
print(o, p, q)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x, y, z)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print(e)
