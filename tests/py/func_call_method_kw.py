class C:
    def m(self, a, b=0, *, c=0):
        return (a, b, c)
o = C()
print(o.m(1), o.m(1, 2), o.m(1, c=5), o.m(a=3), o.m(1, b=2, c=3))
print(o.m(*[1, 2]), o.m(**{"a": 9}))
d = {}
d.update(a=1)
print(d, "x".center(5, "*"), sorted([3, 1], reverse=True))
print("a,b".split(sep=","))
try:
    o.m(1, d=4)
except TypeError as e:
    print(e)
