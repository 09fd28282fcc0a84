import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, sorted(fr.f_locals)
def g():
    local_var = 1
    return f()
print(g())
def lineno():
    return sys._getframe().f_lineno
print(lineno())
fr = sys._getframe()
print(fr.f_globals is globals(), fr.f_back is None)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
