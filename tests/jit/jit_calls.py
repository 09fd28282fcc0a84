# Residual calls and built-ins in compiled loops: built-in functions (len,
# min/max, abs, isinstance, int(), float(), math.*), safe methods of lists,
# dicts and str (list.append, dict.get, str.startswith), dict and list
# item access, `in`, float // and %, int / int, mixed int/float compares.
# Guards made to fail mid-loop: callee rebound, list resized, type change,
# an exception raised by a residual call inside a `try` in the loop (the
# interpreter must raise it at the same line). Results equal the
# interpreter's.
import math

import leones


def builtins_loop(xs):
    out = []
    s = 0
    t = 0.0
    for i in range(len(xs)):
        x = xs[i]
        out.append(x)
        s += len(out) + min(i, 7) + max(i, 3) + abs(i - 50) + int(x * 0.5)
        t += math.sin(x) + math.cos(x) * math.exp(-x) + math.log(x + 1.0) + math.sqrt(x) + float(i)
        t += math.floor(x * 1.5) + (x // 0.7) + (x % 0.7) + i / 3
        if isinstance(out, list) and i > x:
            s += 1
    return s, t, len(out)


def containers_loop(n):
    d = {"a": 1, "b": 2}
    lst = [0] * 10
    words = ["apple", "banana", "cherry", "date"]
    s = 0
    for i in range(n):
        w = words[i % 4]
        lst[i % 10] = lst[-1 - i % 10] + i
        d[w] = d.get(w, 0) + 1
        if w in d and "b" not in d or w.startswith("b"):
            s += d["a"] + lst[-1]
        if i in d:
            s -= 1000
    return s, d, lst


def measure(fn, arg):
    leones.jit_enable(False)
    ref = fn(arg)
    leones.jit_enable(True)
    before = leones.jit_stats()
    got = fn(arg), fn(arg), fn(arg)
    after = leones.jit_stats()
    return (ref == got[0] == got[2], after["loops_compiled"] > before["loops_compiled"],
            after["aborts"] == before["aborts"])


print("builtins", measure(builtins_loop, [float(i) for i in range(200)]))
print("containers", measure(containers_loop, 300))


def lookups(keys, d):
    s = 0
    errors = []
    for k in keys:
        try:
            s += d[k]
        except KeyError as e:
            errors.append((repr(e), e.__traceback__.tb_lineno))
    return s, errors


def run(fn, *args):
    """(JIT result equals the interpreter's, result, some guard failed)"""
    leones.jit_enable(False)
    ref = fn(*args)
    leones.jit_enable(True)
    exits = leones.jit_stats()["exits"]
    got = fn(*args), fn(*args), fn(*args)
    return ref == got[0] == got[2], ref, leones.jit_stats()["exits"] > exits


d = {i: i * 2 for i in range(100)}
print("KeyError in loop", run(lookups, list(range(60)) + [500] + list(range(60, 100)), d))


def raising(keys, d):
    s = 0
    for k in keys:
        s += d[k]
    return s


def outer(keys, d):
    try:
        return raising(keys, d)
    except KeyError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return "KeyError", str(e), tb.tb_lineno


print("KeyError propagates", run(outer, list(range(80)) + ["x"], d))


def apply(fn, xs):
    s = 0
    for x in xs:
        s += fn(x, 10)
    return s


xs = list(range(100))
leones.jit_enable(True)
print("callee", apply(min, xs), apply(max, xs), apply(min, xs))


def shrinking(lst):
    s = 0
    i = 0
    while i < len(lst):
        s += lst[i] + lst[-1]
        if i == 50:
            del lst[60:]
        i += 1
    return s


print("list resized", run(lambda: shrinking(list(range(100)))))


def mixed(xs):
    c = 0
    for i in range(len(xs)):
        if xs[i] < i:
            c += 1
        if i >= xs[i]:
            c += 2
    return c


print("mixed compare", run(mixed, [0.5 * i + 3 for i in range(200)]))
print("type change", run(builtins_loop, [float(i) for i in range(100)] + [7] + [1.0] * 20))


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt


def walk(n):
    # the nodes after the current one are reachable only from the trace's
    # registers (each link is cut as the walk goes); list.append allocates,
    # so with LEONES_GC_STRESS=1 collections run inside the trace
    a = None
    for i in range(n):
        a = Node(i, a)
    out = []
    while a is not None:
        nxt = a.next
        a.next = None
        out.append(a.v * 2)
        a = nxt
    return sum(out), len(out)


print("gc walk", run(walk, 3000))
print("comprehension", run(lambda n: [i * 2.5 for i in range(n) if i % 3], 300)[0])


def shifts(xs):
    s = 0
    out = []
    try:
        for i in range(len(xs)):
            k = xs[i]
            s += (i << 3) + (i >> 1) + (s >> 7) - (-i >> 2)
            out.append((k << k) + (1000 >> k))  # k from the list: a variable count
    except ValueError as e:
        return s, str(e)
    return s, out[-3:]


print("shifts", run(shifts, [i % 20 for i in range(300)]))
print("shift overflow to a big int", run(shifts, [i % 20 for i in range(200)] + [58, 62, 3]))
print("negative shift count", run(shifts, [i % 20 for i in range(200)] + [-1]))
