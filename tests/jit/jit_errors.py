# Errors inside compiled loops: the guard exits before the failing
# operation and the interpreter raises exactly what it would have raised,
# with the right line, and the loop's variables hold the values of that
# moment (exception handlers see the interpreter state of the snapshot).
import leones
import sys

leones.jit_enable(True)


def fdiv(n):
    s = 0.0
    i = 0
    try:
        while True:
            s = s + 1.0 / (n - i)
            i = i + 1
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), i, s, e.__traceback__.tb_lineno


def imod(n):
    s = 0
    for i in range(1000):
        try:
            s += 1000 % (n - i)
        except ZeroDivisionError as e:
            return "ZeroDivisionError", str(e), i, s


def unbound(n):
    for i in range(n):
        if i == n - 1:
            del i
            return i


def interrupt(n):
    k = 0
    while k < n:
        k += 1
    return k


print(fdiv(300))
print(imod(250))
try:
    unbound(200)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(interrupt(10000))
print(leones.jit_stats()["loops_compiled"] >= 2)
