# Calls to Python functions inside loops are inlined into the trace: the
# loops compile with no aborts and compute what the interpreter computes;
# guards failing inside inlined callees leave through snapshots that
# rebuild the callee frames. Shapes the recorder does not model abort with
# their reason (recursion, *args, generators, depth limit).
import leones
import sys


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def spectral(n):
    s = 0.0
    for i in range(n):
        s += eval_A(i, 3) * eval_A(3, i)
    return s


def kw(a, b=10, c=3):
    return a + b * c


def binding(n):
    s = 0
    for i in range(n):
        s += kw(i) + kw(i, 2) + kw(i, c=1) + kw(b=1, a=i) + kw(i, 1, 1)
    return s


def sq(x):
    y = x * x
    return y


def hyp(a, b):
    return sq(a) + sq(b)


def nested(n):
    s = 0
    for i in range(n):
        s += hyp(i, i + 1) - hyp(i, i)
    return s


def noret(x):
    x = x + 1


def none_result(n):
    k = 0
    for i in range(n):
        if noret(i) is None:
            k += 1
    return k


def sign(x):
    if x < 0:
        return -1
    return 1


def exits_inside(vals):
    s = 0
    for v in vals:
        s += sign(v)
    return s


def make_adder(k):
    def add(x):
        return x + k

    return add


add7 = make_adder(7)


def closures(n):
    total = 0

    def bump(x):
        nonlocal total
        total += add7(x)

    for i in range(n):
        bump(i)
    return total


class Vec:
    def __init__(self, x, y=1.0):
        self.x = x
        self.y = y


def constructors(n):
    s = 0.0
    for i in range(n):
        v = Vec(i * 0.5)
        w = Vec(y=2.0, x=v.y)
        s += v.x + w.x * w.y
    return s


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Pt(self.x + o.x, self.y + o.y)

    def __rmul__(self, k):
        return Pt(self.x * k, self.y * k)

    @property
    def total(self):
        return self.x + self.y


def dunders(n):
    s = 0.0
    for i in range(n):
        p = Pt(i * 1.0, 1.0)
        s += (p + 2 * p).total
    return s


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += self.step(k)
        return self.n

    def step(self, k):
        return k * 2 + 1


def methods(n):
    c = Counter()
    s = 0
    for i in range(n):
        s += c.bump(i) % 7
    return s, c.n


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def recursive(n):
    s = 0
    for i in range(n):
        s += fact(5)
    return s


def star(*a):
    return len(a)


def varargs(n):
    s = 0
    for i in range(n):
        s += star(i)
    return s


def d9(x):
    return x + 1


def d8(x):
    return d9(x)


def d7(x):
    return d8(x)


def d6(x):
    return d7(x)


def d5(x):
    return d6(x)


def d4(x):
    return d5(x)


def d3(x):
    return d4(x)


def d2(x):
    return d3(x)


def d1(x):
    return d2(x)


def deep(n):
    s = 0
    for i in range(n):
        s += d1(i)
    return s


def run(f, *args):
    leones.jit_enable(False)
    ref = f(*args)
    leones.jit_enable(True)
    st = leones.jit_stats()
    got = f(*args)
    got2 = f(*args)
    st2 = leones.jit_stats()
    return (ref == got == got2, st2["loops_compiled"] - st["loops_compiled"], st2["aborts"] - st["aborts"],
            st2["exits"] - st["exits"])


def check_clean(name, f, *args):
    ok, compiled, aborts, exits = run(f, *args)
    print(name, ok, compiled >= 1, aborts == 0)


check_clean("spectral", spectral, 300)
check_clean("binding", binding, 300)
check_clean("nested", nested, 300)
check_clean("none_result", none_result, 300)
check_clean("closures", closures, 300)
check_clean("constructors", constructors, 300)
check_clean("dunders", dunders, 300)
check_clean("methods", methods, 300)
# the guard in sign() fails once the values turn negative: exits rebuild sign's frame
ok, compiled, aborts, exits = run(exits_inside, list(range(200)) + list(range(-200, 0)))
print("exits_inside", ok, compiled >= 1, exits >= 1)


def aborted_with(reason, f, *args):
    leones.jit_enable(True)
    before = leones.jit_stats()["abort_reasons"].get(reason, 0)
    r = f(*args)
    return r, leones.jit_stats()["abort_reasons"].get(reason, 0) > before


print("recursive", *aborted_with("recursive call", recursive, 300))
print("varargs", *aborted_with("NYI: inlined call of a function with *args or **kwargs", varargs, 300))
print("deep", *aborted_with("inline depth limit", deep, 300))


# function-entry traces: loop-free functions called often from code that
# is not compiled (recursion, map) get a trace from entry to RETURN
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def entry_work(k):
    c = Counter()
    return c.bump(k) + c.bump(k + 1) + kw(k, c=2)


leones.jit_enable(False)
ref = fib(18), sum(map(entry_work, range(200)))
leones.jit_enable(True)
st = leones.jit_stats()
got = fib(18), sum(map(entry_work, range(200)))
st2 = leones.jit_stats()
print("function traces", ref == got, st2["function_traces"] - st["function_traces"] >= 2,
      st2["aborts"] == st["aborts"])


# a function trace that leaves early on many calls is dropped
def alternating(k):
    if k % 2:
        return k * 3
    return k + 1


leones.jit_enable(False)
ref = sum(map(alternating, range(400)))
leones.jit_enable(True)
st = leones.jit_stats()
got = sum(map(alternating, range(400)))
st2 = leones.jit_stats()
print("dropped", ref == got, st2["blacklisted"] > st["blacklisted"])
