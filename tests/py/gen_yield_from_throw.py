def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
def outer():
    try:
        r = yield from inner()
        print("r", r)
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(g.close())
g2 = outer()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def inner2():
    yield 1
    return 7
def outer2():
    v = yield from inner2()
    yield v
g3 = outer2()
print(next(g3), next(g3))
def stopper():
    try:
        yield 1
    except ValueError:
        return "stopped by throw"
def outer3():
    r = yield from stopper()
    yield r
g4 = outer3()
next(g4)
print(g4.throw(ValueError))
