try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    except ValueError as v:
        raise TypeError("second") from v
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    finally:
        print("in finally")
except ZeroDivisionError as e:
    print("after finally", e.__context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError:
            pass
        raise
except KeyError as e:
    print("reraised", repr(e), e.__context__)
def f():
    try:
        raise ValueError("a")
    except ValueError:
        return g()
def g():
    raise RuntimeError("b")
try:
    f()
except RuntimeError as e:
    print(repr(e.__context__))
