print(None, repr(None), type(None).__name__, bool(None), None is None)
print(NotImplemented, type(NotImplemented).__name__)
print(Ellipsis, ..., type(...).__name__, ... is Ellipsis)
print(type(None)() is None, type(...)() is Ellipsis, type(NotImplemented)() is NotImplemented)
try:
    type(None)(1)
except TypeError as e:
    print(e)
try:
    None.x = 1
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
print(hash(None) == hash(None), None == None, None != 0, [None].count(None))
try:
    None < None
except TypeError as e:
    print(e)
