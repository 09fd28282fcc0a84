# Calls inlined into compiled loops, then left in the middle: guards that
# fail inside inlined callees (branch, overflow, division by zero), the
# callee rebound or its defaults changed mid-loop, exceptions raised in a
# callee (tracebacks with the callee's line), and frames inspected from a
# callee after many compiled iterations (sys._getframe, f_back, f_locals).
import sys


def clamp(x):
    if x > 300:
        return 300
    return x


def run_clamp(n):
    s = 0
    for i in range(n):
        s += clamp(i)
    return s


def big(x):
    return x * 1000000 + 1


def twice_big(x):
    y = big(x) + 1
    return big(y)


def run_overflow(n):
    last = 0
    for i in range(n):
        last = twice_big(i)
    return last


def inv(x, d):
    return x / d


def mid(x, d):
    y = x + 1.0
    return inv(y, d) * 2.0


def run_div(n, zero_at):
    s = 0.0
    for i in range(n):
        s += mid(i * 0.5, i - zero_at)
    return s


def g1(x):
    return x + 1


def g2(x):
    return x * 2


G = g1


def run_rebind(n):
    global G
    s = 0
    for i in range(n):
        if i == n // 2:
            G = g2
        s += G(i)
    return s


def withdef(x, k=2):
    return x * k


def run_defaults(n):
    s = 0
    for i in range(n):
        if i == n // 2:
            withdef.__defaults__ = (5,)
        s += withdef(i)
    return s


def other_code(x, k=2):
    return x - k


def run_code_swap(n):
    s = 0
    for i in range(n):
        if i == n // 2:
            withdef.__code__ = other_code.__code__
        s += withdef(i)
    return s


seen = []


def probe(i, n):
    if i == n - 3:
        f = sys._getframe()
        seen.append((f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno))
        seen.append(sorted(f.f_back.f_locals.items()))
        seen.append(sorted(k for k in locals()))
        return 0
    return i


def run_probe(n):
    s = 0
    t = 1.5
    for i in range(n):
        t = t * 1.0
        s += probe(i, n)
    return s, t


def safe_div(a, b):
    return a // b


def run_catch(n):
    s = 0
    for i in range(n):
        try:
            s += safe_div(1000, i - n // 2)
        except ZeroDivisionError as e:
            tb = e.__traceback__
            print("caught", e, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
            s -= 1
    return s


def kw(a, b=10, c=3):
    return a + b * c


def run_kw(n):
    s = 0
    for i in range(n):
        s += kw(i) + kw(i, 2) + kw(i, c=1) + kw(b=1, a=i)
    return s


print(run_clamp(1000))
print(run_overflow(500))


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    run_div(400, 300)
except ZeroDivisionError as e:
    print(e, tb_lines(e))
print(run_rebind(400), G is g2)
print(run_defaults(400))
print(run_code_swap(400))
print(run_probe(400))
for x in seen:
    print(x)
print(run_catch(400))
print(run_kw(500))
