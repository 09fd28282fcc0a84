# deterministic pseudo-random attribute set/delete/read on instances, checked
# against a plain dict model; also switches some instances to dict mode
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

class C:
    pass
class D(C):
    __slots__ = ('s1', 's2')
names = ['a%d' % i for i in range(12)]
objs = [C() if i % 3 else D() for i in range(30)]
models = [{} for _ in objs]
slotmodels = [{} for _ in objs]
errors = 0
for step in range(20000):
    i = rnd(len(objs))
    o, m = objs[i], models[i]
    op = rnd(10)
    if op < 5:
        n = names[rnd(len(names))]
        v = rnd(1000)
        setattr(o, n, v)
        m[n] = v
    elif op < 7:
        n = names[rnd(len(names))]
        try:
            delattr(o, n)
            if n not in m:
                errors += 1
            del m[n]
        except AttributeError:
            if n in m:
                errors += 1
    elif op < 8 and isinstance(o, D):
        s = 's1' if rnd(2) else 's2'
        v = rnd(50)
        setattr(o, s, v)
        slotmodels[i][s] = v
    elif op < 9 and step % 97 == 0:
        vars(o)  # switch to dict mode
    else:
        n = names[rnd(len(names))]
        got = getattr(o, n, None)
        if got != m.get(n):
            errors += 1
for o, m, sm in zip(objs, models, slotmodels):
    if vars(o) != m:
        errors += 1
    if sorted(vars(o)) != sorted(m):
        errors += 1
    for s, v in sm.items():
        if getattr(o, s) != v:
            errors += 1
print('errors', errors)
print(sum(len(m) for m in models), sum(len(s) for s in slotmodels))
