import copy
from collections import OrderedDict, defaultdict, deque, namedtuple, Counter
P = namedtuple("P", "x y")
objs = [OrderedDict(a=[1]), defaultdict(list, {"k": [1]}), deque([[1], 2], maxlen=5), P([1], 2), Counter("aab")]
for o in objs:
    s = copy.copy(o)
    d = copy.deepcopy(o)
    print(type(s).__name__, s == o, d == o, type(d).__name__)
class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "tmp"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"
w = copy.deepcopy(WithState())
print(w.data, w.cache)
class Reducer:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Reducer, (self.v * 2,))
print(copy.copy(Reducer(3)).v, copy.deepcopy(Reducer(5)).v)
class Node:
    def __init__(self, val): self.val = val; self.next = None
a = Node(1); b = Node(2); a.next = b; b.next = a
a2 = copy.deepcopy(a)
print(a2.val, a2.next.val, a2.next.next is a2, a2 is not a)
class Slotted:
    __slots__ = ("p", "q")
s = Slotted(); s.p = [1]
s2 = copy.deepcopy(s)
print(s2.p, s2.p is not s.p, hasattr(s2, "q"))
