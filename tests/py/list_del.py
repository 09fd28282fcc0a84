a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
a = list(range(20))
del a[1:15:4]
print(a)
del a[100:]
print(a)
del a[:]
print(a)
a = list(range(10))
del a[8:2:-3]
print(a)
try:
    del a[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a["x"]
except TypeError as e:
    print(type(e).__name__, e)
