import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
def g(n):
    if n == 0:
        return 0
    return g(n - 1) + 1
print(g(900))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError caught")
print(sys.getrecursionlimit())
