class P:
    def __str__(self): return "str-P"
    def __repr__(self): return "repr-P"
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
print("%s %r %a" % (P(), P(), P()), "%x %o %d" % (I(), I(), I()), "%.1f %e" % (F(), F()))
print("%s" % True, "%d" % True, "%r" % None, "%s %s" % (b"x", bytearray(b"y")), "%r" % "a'b", "%5r|" % 1)
d = {"k": [1, 2], "v": "é"}
print("%(k)s %(v)r %(k)r" % d, "%(k)5s|" % {"k": 1})
class Map:
    def __getitem__(self, k): return k.upper()
print("%(abc)s %(x)s" % Map())
print("%s" % ((1, 2),), "%s-%s" % (1, [2]), "%s" % ((),))
