# Integer loops compile and give the interpreter's results: range loops,
# while loops, // and % with Python's signs, bitwise ops, int overflow out of
# the small-int range (the guard exits, the interpreter makes a big int).
import leones


def check(fn, *args):
    leones.jit_enable(False)
    ref = fn(*args)
    leones.jit_enable(True)
    st = leones.jit_stats()
    got = [fn(*args) for _ in range(3)]
    st2 = leones.jit_stats()
    print(fn.__name__, ref, all(g == ref and type(g) is type(ref) for g in got),
          st2["loops_compiled"] > st["loops_compiled"], st2["trace_entries"] > st["trace_entries"])


def sum_range(n):
    s = 0
    for i in range(n):
        s += i
    return s


def while_count(n):
    k = 0
    acc = 0
    while k < n:
        acc = acc + k * 3 - 1
        k = k + 1
    return acc


def divmod_signs(n):
    a = 0
    b = 0
    for i in range(-n, n):
        a += i // 7
        b += i % 7
        a -= i // -3 if False else 0
    return a, b


def bits(n):
    x = 0
    for i in range(n):
        x = (x ^ i) | (i & 12)
    return x


def overflow(n):
    # leaves the 49-bit small-int range, then int64 (overflow guard exits)
    x = 1
    for i in range(n):
        x = x + i * i * i * 1000000
    return x


def neg_abs(n):
    s = 0
    for i in range(n):
        s = s + abs(-i) - (-i)
    return s


def step_range(n):
    s = 0
    for i in range(n, -n, -3):
        s += i
    return s


check(sum_range, 1000)
check(while_count, 500)
check(divmod_signs, 300)
check(bits, 400)
check(overflow, 3000)
check(neg_abs, 300)
check(step_range, 300)
