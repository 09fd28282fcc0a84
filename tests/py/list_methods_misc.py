a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.index(1, -100, 100))
print(a.count(2), a.count(9))
a.remove(2)
print(a)
x = [1.0, 2]
print(x.index(1), x.count(2.0), 2.0 in x)
n = [float("nan")]
print(n[0] in n, n.count(n[0]))
print([[1, 2], [3]].index([3]))
b = []
for i in range(100):
    b.insert(i // 2, i)
print(b[:10], b[-10:], len(b))
while b:
    b.pop(len(b) // 2)
print(b)
print([0] * 3 + [1] * 2)
big = list(range(100000))
print(sum(big), big[-1], big[50000])
big.reverse()
print(big[0], big[-1])
del big[::2]
print(len(big), big[:3])
print(max([3, 1, 4]), min([3, 1, 4]), sum([1, 2, 3]))
c = [1, 2, 3]
c[1] = c
print(c)
