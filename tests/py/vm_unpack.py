a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
f, *g = [1, 2, 3, 4]
print(f, g)
*h, i = "xyz"
print(h, i)
j, *k, l = range(5)
print(j, k, l)
m, *n, o = (1, 2)
print(m, n, o)
for p, q in [(1, 2), (3, 4)]:
    print(p + q)
x = y = z = 7
print(x, y, z)
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print(ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print(ex)
try:
    a, b = 5
except TypeError as ex:
    print(ex)
try:
    a, *b, c = [1]
except ValueError as ex:
    print(ex)
def gen():
    yield 1
    yield 2
u, v = gen()
print(u, v)
