class C:
    pass
objs = []
for i in range(50):
    o = C()
    if i % 2:
        o.a = i; o.b = -i
    else:
        o.b = -i; o.a = i
    if i % 5 == 0:
        o.c = 'five'
    objs.append(o)
print(sum(o.a for o in objs), sum(o.b for o in objs), sum(1 for o in objs if hasattr(o, 'c')))
print([list(vars(o)) for o in objs[:3]])
o = objs[7]
del o.a
print(hasattr(o, 'a'), vars(o))
o.a = 'back'
print(vars(o))
many = C()
for i in range(600):
    setattr(many, 'attr%d' % i, i)
print(many.attr0, many.attr599, len(vars(many)))
for i in range(0, 600, 2):
    delattr(many, 'attr%d' % i)
print(len(vars(many)), many.attr1)
x = C()
x.__dict__['k'] = 1
x.z = 2
print(x.k, x.z, vars(x))
