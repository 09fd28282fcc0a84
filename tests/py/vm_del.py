a = 1
del a
try:
    a
except NameError as e:
    print(e)
l = [1, 2, 3, 4]
del l[1], l[0]
print(l)
class O:
    pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
try:
    del o.y
except AttributeError as e:
    print(e)
d = {"k": 1}
del d["k"]
try:
    del d["k"]
except KeyError as e:
    print(repr(e))
def f():
    x = 1
    del x
    try:
        del x
    except UnboundLocalError as e:
        print(e)
f()
