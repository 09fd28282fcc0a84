# Objects in compiled loops: instances held boxed in registers (type
# guards), attribute loads/stores in shape slots (class version + shape
# guards, store-to-load forwarding), class constants, module attributes,
# truth and `is` of objects. Each guard is made to fail mid-loop on purpose
# (another class, class patched, attribute deleted, other shape, instance
# shadowing a class constant, module attribute rebound); results must equal
# the interpreter's.
import math

import leones


class P:
    K = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:  # same attribute names, another class
    K = 5

    def __init__(self, x, y):
        self.x = x
        self.y = y


def step(ps):
    s = 0.0
    n = 0
    for p in ps:
        p.x = p.x + 1.5
        s += p.x * p.y + p.K
        if p is not None and p:
            n += 1
        if p.y is None:
            n += 100
    return s, n


def pis(ps):
    t = 0.0
    for p in ps:
        t += math.pi * p.y
    return t


def fresh(n, tail=None):
    ps = [P(float(i), i) for i in range(n)]
    if tail:
        ps[n // 2] = tail(ps[n // 2])
    return ps


def run(fn, make):
    """(JIT result equals the interpreter's, the result, some guard failed)"""
    ins = [make() for _ in range(4)]
    leones.jit_enable(False)
    ref = [fn(ins[0]), fn(ins[1])]
    leones.jit_enable(True)
    exits = leones.jit_stats()["exits"]
    got = [fn(ins[2]), fn(ins[3])]
    return ref == got, ref[0], leones.jit_stats()["exits"] > exits


lists = [fresh(200) for _ in range(4)]
leones.jit_enable(False)
ref = [step(lists[0]), step(lists[1])]
leones.jit_enable(True)
before = leones.jit_stats()
got = [step(lists[2]), step(lists[3])]
after = leones.jit_stats()
print("plain", ref == got, ref[0])
print("compiled", after["loops_compiled"] > before["loops_compiled"])
print("no aborts", after["aborts"] == before["aborts"])


def other_class(p):
    return Q(p.x, p.y)


def other_shape(p):
    o = P(0.0, 0)
    del o.x
    o.z = 1
    o.x = p.x
    return o


def shadowing(p):
    p.K = 40
    return p


def none_y(p):
    p.y = None
    p.x = 1.0
    return p


for name, tail in (("type change", other_class), ("shape change", other_shape),
                   ("shadowed class constant", shadowing)):
    print(name, run(step, lambda: fresh(200, tail)))


def deleted(p):
    del p.y
    return p


def step_exc(ps):
    try:
        return step(ps)
    except (AttributeError, TypeError) as e:
        return type(e).__name__, str(e), [p.x for p in ps[:3]]


print("attribute deleted", run(step_exc, lambda: fresh(200, deleted)))
print("None attribute", run(step_exc, lambda: fresh(200, none_y)))


def patching(ps):
    # the class is changed mid-loop (by the interpreter, off trace): the
    # version guard fails on the next iteration
    s = 0
    i = 0
    for p in ps:
        s += p.K + p.y
        i += 1
        if i == 100:
            P.K = 7
    P.K = 3
    return s


print("class patched", run(patching, lambda: fresh(200)))


def rebinding(ps):
    s = 0.0
    i = 0
    for p in ps:
        s += math.pi * p.y
        i += 1
        if i == 100:
            math.pi = 3.0
    math.pi = 3.141592653589793
    return s


print("module attribute rebound", run(rebinding, lambda: fresh(200)))
print("math.pi", run(pis, lambda: fresh(200)))
