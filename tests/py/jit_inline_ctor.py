# Constructors inlined into compiled loops: C(args) allocates the instance
# and runs __init__ inlined (positional, keyword and default arguments);
# guards failing inside __init__ (a branch, a type change), __init__
# raising, __init__ returning a value, the class changed mid-loop, and
# frames seen from __init__ after many compiled iterations.
import sys


class V:
    def __init__(self, x, y=2.0):
        self.x = x
        self.y = y


def run_basic(n):
    s = 0.0
    for i in range(n):
        v = V(i * 1.0)
        w = V(y=1.0, x=2.0)
        s += v.x * v.y + w.x
    return s, v.x, w.y


class Clamp:
    def __init__(self, x):
        if x > 300:
            x = 300
        self.x = x


def run_branch(n):
    s = 0
    for i in range(n):
        s += Clamp(i).x
    return s


class Inv:
    def __init__(self, d):
        self.v = 10.0 / d


def run_raise(n, zero_at):
    s = 0.0
    for i in range(n):
        s += Inv(i - zero_at).v
    return s


class Bad:
    def __init__(self, x):
        self.x = x
        if x > 250:
            return x


def run_bad_return(n):
    s = 0
    for i in range(n):
        s += Bad(i).x
    return s


class K:
    scale = 2

    def __init__(self, x):
        self.x = x * 3


def run_class_changed(n):
    s = 0
    for i in range(n):
        if i == n // 2:
            K.__init__ = lambda self, x: setattr(self, "x", -x)
        s += K(i).x
    return s


class Probe:
    def __init__(self, i, n):
        self.i = i
        if i == n - 2:
            f = sys._getframe()
            print("probe", f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno,
                  sorted(f.f_locals), type(f.f_locals["self"]).__name__, f.f_locals["self"].i)


def run_probe(n):
    s = 0
    for i in range(n):
        s += Probe(i, n).i
    return s


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


print(run_basic(500))
print(run_branch(500))
try:
    run_raise(400, 300)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, tb_lines(e))
try:
    run_bad_return(400)
except TypeError as e:
    print("TypeError", e, tb_lines(e))
print(run_class_changed(400))
print(run_probe(400))
