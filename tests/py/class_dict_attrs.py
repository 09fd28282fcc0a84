class C:
    pass
c = C()
for i in range(20):
    setattr(c, 'a%d' % i, i)
print(c.a0, c.a19, len(vars(c)))
d = c.__dict__
d['new'] = 'via dict'
print(c.new)
c.after = 1
print(d['after'], list(d)[:3], list(d)[-2:])
del c.a5
print('a5' in d, hasattr(c, 'a5'))
c.__dict__ = {'replaced': True}
print(c.replaced, hasattr(c, 'a0'))
try:
    c.__dict__ = 5
except TypeError as e:
    print(e)
x, y = C(), C()
x.p = 1; x.q = 2
y.q = 2; y.p = 1
print(vars(x), vars(y))
class D:
    cls_attr = 'class'
o = D()
print(o.cls_attr, o.__dict__)
o.cls_attr = 'instance'
print(o.cls_attr, D.cls_attr)
del o.cls_attr
print(o.cls_attr)
