from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(od.keys()))
od.move_to_end("b"); print(list(od))
od.move_to_end("b", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([(1, 1), (2, 2)]); o2 = OrderedDict([(2, 2), (1, 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(OrderedDict.fromkeys("abc", 0))
c = o1.copy(); c[3] = 3; print(c, o1)
print(repr(OrderedDict()), OrderedDict(x=1))
print(list(reversed(OrderedDict(a=1, b=2))))
