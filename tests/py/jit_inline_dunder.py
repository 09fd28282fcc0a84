# Property getters and operator methods (__add__, __rmul__, ...) inlined
# into compiled loops. The interpreter calls them from C, so an exit inside
# one resumes at the instruction that called it, which runs it again:
# guards failing inside (a type change, a branch), exceptions raised in a
# getter (traceback with the getter's line), NotImplemented, the class
# changed mid-loop, and frames seen from a getter after many iterations.
import sys


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(self.x * k, self.y * k)

    def __sub__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x - o.x, self.y - o.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def ratio(self):
        return self.x / self.y


def run_ops(n):
    s = 0.0
    for i in range(n):
        v = V(i * 1.0, 2.0)
        w = v + v * 0.5
        u = 2 * w
        s += u.norm1
    return s


def run_type_change(n):
    s = 0
    for i in range(n):
        x = i if i < n // 2 else i * 0.5
        v = V(x, 1) + V(1, x)
        s += v.x
    return s


def run_getter_raises(n, zero_at):
    s = 0.0
    for i in range(n):
        s += V(1.0, i - zero_at).ratio
    return s


def run_notimpl(n):
    s = 0.0
    for i in range(n):
        other = V(1.0, 1.0) if i < n - 5 else 3
        s += (V(i * 1.0, 0.0) - other).x
    return s


class W:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2


def run_class_changed(n):
    s = 0
    for i in range(n):
        if i == n // 2:
            W.double = property(lambda self: self.x * 3)
        s += W(i).double
    return s


class P:
    def __init__(self, i):
        self.i = i

    @property
    def look(self):
        if self.i == 397:
            f = sys._getframe()
            print("getter", f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno, sorted(f.f_back.f_locals))
        return self.i


def run_probe(n):
    s = 0
    for i in range(n):
        s += P(i).look
    return s


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


print(run_ops(500))
print(run_type_change(400))
try:
    run_getter_raises(400, 300)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, tb_lines(e))
try:
    run_notimpl(400)
except TypeError as e:
    print("TypeError", e, tb_lines(e))
print(run_class_changed(400))
print(run_probe(400))
