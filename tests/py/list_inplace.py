a = [1]
b = a
a += [2]
a += (3,)
a += range(4, 6)
a += "xy"
a += {9: 0}
print(a, a is b)
a *= 2
print(a, a is b)
a *= 0
print(a, a is b)
c = [1, 2]
c *= -1
print(c)
d = [[]] * 3
d[0].append(1)
print(d)
e = [1, 2]
e += e
print(e)
try:
    e += 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e *= "a"
except TypeError as ex:
    print(type(ex).__name__, ex)
f = [0]
f[0] += 5
print(f)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
t *= 2
print(t)
