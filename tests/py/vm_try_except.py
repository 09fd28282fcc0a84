def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("zero", e)
        r = None
    else:
        print("else")
    finally:
        print("finally")
    return r
print(f(2), f(0))
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong")
except ValueError as e:
    print("outer got", e)
try:
    raise KeyError("k")
except LookupError as e:
    print("lookup", repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
def h():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        e
    except NameError as ex:
        print(ex)
h()
