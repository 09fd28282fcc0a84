def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
x = g()
print(next(x))
print(x.close())
print(x.close())
try:
    next(x)
except StopIteration:
    print("exhausted")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got exit")
        raise
c = catches()
next(c)
c.close()
u = g()
u.close()
print("unstarted closed")
def ret_in_finally():
    try:
        yield 1
    finally:
        return 5
r = ret_in_finally()
next(r)
print(r.close())
