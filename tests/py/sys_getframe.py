import sys
def outer():
    return inner()
def inner():
    f = sys._getframe()
    return f.f_code.co_name, sys._getframe(1).f_code.co_name
print(outer())
print(sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
