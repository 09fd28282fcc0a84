class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = len(self)
l = L([1, 2, 3])
print(l, l.extra, type(l).__name__)
class D(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.n = len(kw)
d = D(a=1, b=2)
print(sorted(d.items()), d.n)
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
s = S("abc")
print(s, s.orig)
class I(int):
    def __init__(self, v):
        self.twice = self * 2
print(I(21).twice, I(21) + 1)
class Abs:
    def __init__(self):
        pass
import sys
def f():
    return sys._getframe(1).f_code.co_name
class WhoCalls:
    def __init__(self):
        self.caller = f()
def maker():
    return WhoCalls().caller
print(maker())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(1000):
    Counter()
print(Counter.count)
