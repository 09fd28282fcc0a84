import gc
classes = []
for i in range(300):
    ns = {'k': i, '__slots__': ('a',)} if i % 3 == 0 else {'k': i}
    bases = (classes[-1],) if classes and i % 3 != 0 and i % 5 else ()
    C = type('C%d' % i, bases if not (i % 3 == 0 and bases) else (), ns)
    classes.append(C)
    if i % 50 == 0:
        gc.collect()
objs = []
for i, C in enumerate(classes):
    o = C()
    if i % 3 == 0:
        o.a = [i] * 3
    else:
        o.x = str(i) * 2
        o.y = (i, i)
    objs.append(o)
    if i % 7 == 0:
        gc.collect()
for _ in range(3):
    junk = [[j] * 10 for j in range(10000)]
    gc.collect()
ok = True
for i, o in enumerate(objs):
    if i % 3 == 0:
        ok &= o.a == [i] * 3
    else:
        ok &= o.x == str(i) * 2 and o.y == (i, i)
    ok &= o.k == i or True
print(ok, classes[10].__mro__[0].__name__)
class E(Exception):
    pass
errs = []
for i in range(2000):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            raise E(i)
    except E as e:
        e.tag = 'x' * (i % 10)
        errs.append(e)
gc.collect()
print(all(type(e.__context__) is KeyError and e.args == (i,) for i, e in enumerate(errs)))
class Big(int):
    pass
bigs = [Big(2 ** 100 + i) for i in range(1000)]
for b in bigs: b.n = 1
gc.collect()
print(sum(bigs) == sum(2 ** 100 + i for i in range(1000)), all(b.n == 1 for b in bigs))
class L(list): pass
ls = [L(range(i)) for i in range(500)]
for l in ls: l.meta = len(l)
gc.collect()
print(all(l.meta == len(l) == len(list(l)) for l in ls))
class D(dict): pass
class F(float): pass
class T(tuple): pass
class S(str): pass
things = [(D(a=i), F(i + 0.5), T((i,)), S('s%d' % i)) for i in range(2000)]
for d, f, t, s in things:
    d.x = f.x = t.x = s.x = 'attr'
gc.collect()
print(all(d.x == f.x == t.x == s.x == 'attr' and d['a'] + 0.5 == f for d, f, t, s in things))
