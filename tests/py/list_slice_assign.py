a = list(range(8))
a[2:4] = ["a", "b", "c"]
print(a)
a[1:1] = [9, 9]
print(a)
a[:] = a[::-1]
print(a)
a[5:] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[10:20] = [42]
print(a)
a[-1:] = (7, 8)
print(a)
a[1:3] = "xy"
print(a)
a[:] = a
print(a)
a[2:4] = a
print(a)
b = list(range(10))
b[::3] = "ABCD"
print(b)
b[8:2:-2] = [1, 2, 3]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = list(range(10))
c[::-1] = range(10)
print(c)
c[1:9:3] = iter("pqr")
print(c)
