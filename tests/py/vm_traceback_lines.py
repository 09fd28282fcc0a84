import sys
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
def catch_here():
    try:
        raise KeyError(1)
    except KeyError as e:
        return e.__traceback__.tb_lineno, e.__traceback__.tb_next
print(catch_here())
def reraiser():
    try:
        c()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    tb = e.__traceback__
    n = []
    while tb:
        n.append(tb.tb_lineno)
        tb = tb.tb_next
    print(n)
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back)
def caller_line():
    return sys._getframe(1).f_lineno
print(caller_line())
