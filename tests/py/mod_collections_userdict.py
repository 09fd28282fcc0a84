from collections import UserDict, UserList, UserString, ChainMap, OrderedDict
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), "a" in d, d.get("z", 0), sorted(d.keys()), d.copy(), type(d.copy()).__name__, d | {"x": 9})
class Missing(UserDict):
    def __missing__(self, k):
        return k * 2
print(Missing()["ab"], UserDict.fromkeys("ab", 0))
ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); ul += [9]
print(ul, ul[1:3], type(ul[1:3]).__name__, len(ul), 9 in ul, ul == [0, 1, 2, 3, 9], ul * 2, [5] + ul, ul.pop(), ul.index(2))
us = UserString("Hello")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us + "!", us[1:3], len(us), "ell" in us, us.split("l"), us == "Hello", us.startswith("H"))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, list(cm), list(cm.items()), cm.keys(), len(cm), cm.new_child(z=0), cm.parents, bool(ChainMap()), cm | {"q": 1})
try:
    cm.pop("b")
except KeyError as e:
    print("KeyError", e)
od = OrderedDict(a=1) | {"b": 2}
print(od, type(od).__name__, OrderedDict(a=1) != OrderedDict(a=1))
import collections.abc as cabc
print(isinstance(cm, cabc.MutableMapping), isinstance(ul, cabc.MutableSequence), isinstance(us, cabc.Sequence))
