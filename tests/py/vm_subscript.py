l = list(range(10))
print(l[0], l[-1], l[2:5], l[::2], l[::-1][:3], l[-3:])
l[0] = 100
l[-1] = 99
l[1:3] = ["a", "b", "c"]
print(l)
del l[0]
del l[::2]
print(l)
d = {}
d["x"] = 1
d[2] = "two"
d[(1, 2)] = 3
print(d["x"], d[2], d[1, 2])
del d["x"]
print(d)
t = (1, 2, 3)
print(t[1], t[-1], t[:2])
s = "hello"
print(s[1], s[-1], s[1:4])
try:
    l[100]
except IndexError as e:
    print(e)
try:
    d["missing"]
except KeyError as e:
    print(repr(e))
try:
    t[5]
except IndexError as e:
    print(e)
