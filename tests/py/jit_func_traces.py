# Function-entry traces: a loop-free function called often from the
# interpreter (recursion, calls from code that is not compiled) gets a
# trace from its entry to its RETURN (or to a recursive call), with calls
# inlined. Guards failing in them (argument type changes, a branch taken
# late, division by zero in an inlined callee), the callee rebound, and
# frames seen from a callee after many compiled calls.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def helper(a, b):
    v = V(a, b)
    w = V(b, a)
    return v.dot(w) + v.dot(v)


def scale(x):
    if x > 250:
        return x * 0.5
    return x * 2


def inv(x):
    return 1.0 / x


def uses_inv(x):
    return inv(x - 280) + 1.0


def probe(i):
    if i == 290:
        f = sys._getframe()
        print("probe", f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_back.f_locals))
    return i


def calls_probe(i):
    k = i * 2
    return probe(i) + k


def twice(x):
    return step(x) + step(x + 1)


def step(x):
    return x + 1


def other_step(x):
    return x - 1


print(fib(20))
print(sum(map(lambda k: helper(k, 1.0), range(300))))
print(sum(map(lambda k: helper(k, 1), range(300))))
print(sum(map(scale, range(300))), sum(map(scale, [k * 1.5 for k in range(300)])))
try:
    print(sum(map(uses_inv, range(300))))
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ZeroDivisionError", e, lines)
print(sum(map(calls_probe, range(300))))
total = sum(map(twice, range(200)))
step = other_step
print(total, sum(map(twice, range(200))))
