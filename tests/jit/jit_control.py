# Loops with early exits (break, return), nested loops (the inner loop
# compiles), and loops whose register types change mid-loop (guards fail
# and the interpreter continues with the right values).
import leones


def check(fn, *args):
    leones.jit_enable(False)
    ref = fn(*args)
    leones.jit_enable(True)
    st = leones.jit_stats()
    got = [fn(*args) for _ in range(3)]
    st2 = leones.jit_stats()
    print(fn.__name__, ref, all(g == ref for g in got), st2["loops_compiled"] > st["loops_compiled"])


def early_break(n):
    s = 0
    for i in range(n):
        if i * i > 90000:
            break
        s += i
    return s, i


def early_return(n):
    k = 0
    while True:
        k = k + 7
        if k > n:
            return k


def nested(n):
    t = 0
    for i in range(n):
        for j in range(100):
            t += i ^ j
    return t


def type_change(n):
    x = 0
    for i in range(n):
        if i == n // 2:
            x = x + 0.5
        x = x + 1
    return x


def becomes_big(n):
    x = 1
    for i in range(n):
        x = x + x
    return x


def none_flag(n):
    flag = None
    s = 0
    for i in range(n):
        if flag:
            s += 1
        s += 2
    return s


check(early_break, 1000)
check(early_return, 2000)
check(nested, 30)
check(type_change, 400)
check(becomes_big, 120)
check(none_flag, 300)
