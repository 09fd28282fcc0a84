s = list(range(10))
print(s[1], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[1:8:3], s[:])
d = {(1, 2): 'a'}
print(d[1, 2], d[(1, 2)])
class C:
    def __getitem__(self, k):
        return k
c = C()
print(c[1:2], c[1:2, 3], c[...], c[:, 1], c[::], c[1,])
s[2:4] = ['x', 'y', 'z']
print(s)
del s[::2]
print(s)
