import gc
class S(set): pass
class FS(frozenset): pass
class BA(bytearray): pass
class C(complex): pass
class R(Exception): pass
class P(property): pass
class SM(staticmethod): pass
objs = []
for i in range(300):
    s = S([i, i + 1]); s.tag = i
    f = FS([i]); f.tag = i
    b = BA(b'ab'); b.tag = i
    c = C(i, 1); c.tag = i
    objs.append((s, f, b, c))
gc.collect()
print(all(s.tag == f.tag == b.tag == c.tag == i for i, (s, f, b, c) in enumerate(objs)))
print(objs[5][0], objs[5][1], objs[5][2], objs[5][3], type(objs[5][1] | {9}).__name__)
print(len(objs[7][0]), hash(objs[2][1]) == hash(frozenset([2])), objs[3][3] + 1)
class Q:
    @P
    def x(self): return 'px'
    @SM
    def s(): return 'sm'
print(Q().x, Q.s(), type(Q.__dict__['x']).__name__)
print(S.__mro__[1:], isinstance(objs[0][1], frozenset))
