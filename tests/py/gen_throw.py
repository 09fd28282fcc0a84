def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("finally")
x = g()
print(next(x))
print(x.throw(ValueError("boom")))
try:
    next(x)
except StopIteration:
    print("done")
y = g()
next(y)
try:
    y.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
z = g()
try:
    z.throw(RuntimeError("early"))
except RuntimeError as e:
    print("not started", e)
print(list(z))
w = g()
next(w)
try:
    w.throw(ValueError, ValueError("inst"), None)
    print(w.throw(TypeError("again")))
except TypeError as e:
    print("type", e)
try:
    g().throw(5)
except TypeError as e:
    print(e)
