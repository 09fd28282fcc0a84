# Methods inlined into compiled loops (LOAD_METHOD gives the function under
# a class version and shape guard, CALL_METHOD inlines it): guards failing
# inside nested method calls, the method rebound on the class or shadowed
# by an instance attribute mid-loop, an exception raised in a method, and
# frames seen from a method after many compiled iterations.
import sys


class Acc:
    def __init__(self):
        self.total = 0
        self.calls = 0

    def add(self, x):
        self.calls += 1
        self.total += self.scale(x)
        return self.total

    def scale(self, x):
        if x > 300:
            return x * 3
        return x * 2


def run_nested(n):
    a = Acc()
    last = 0
    for i in range(n):
        last = a.add(i)
    return a.total, a.calls, last


class Shape:
    def area(self, k):
        return k * 2


def other_area(self, k):
    return k * 5


def run_rebind(n):
    s = Shape()
    t = 0
    for i in range(n):
        if i == n // 2:
            Shape.area = other_area
        t += s.area(i)
    return t


class Sh2:
    def area(self, k):
        return k + 1


def run_shadow(n):
    s = Sh2()
    t = 0
    for i in range(n):
        if i == n // 2:
            s.area = lambda k: k - 1
        t += s.area(i)
    return t


class Div:
    def __init__(self, k):
        self.k = k

    def inv(self, d):
        return self.k / d


def run_raise(n, zero_at):
    d = Div(10.0)
    s = 0.0
    for i in range(n):
        s += d.inv(i - zero_at)
    return s


class Probe:
    def look(self, i, n):
        if i == n - 4:
            f = sys._getframe()
            print("method", f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno,
                  sorted(f.f_back.f_locals), f.f_locals["self"] is f.f_back.f_locals["p"])
        return i


def run_probe(n):
    p = Probe()
    s = 0
    for i in range(n):
        s += p.look(i, n)
    return s


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


print(run_nested(500))
print(run_rebind(400))
print(run_shadow(400))
try:
    run_raise(400, 300)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, tb_lines(e))
print(run_probe(400))


class KwA:
    def __init__(self):
        self.t = 0

    def f(self, x, scale=1, off=0):
        self.t += x * scale + off
        return self.t


def run_method_kw(n):
    a = KwA()
    s = 0
    for i in range(n):
        s += a.f(i, off=1) + a.f(x=i, scale=2)
        if i == n - 5:
            KwA.f = lambda self, x, scale=1, off=0: -x
    return s, a.t


print(run_method_kw(500))
