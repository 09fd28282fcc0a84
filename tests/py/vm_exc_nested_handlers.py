def f(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            if n == 1:
                raise ValueError("v")
            return "none"
        except KeyError:
            return "inner key"
        finally:
            print("inner finally", n)
    except ValueError:
        return "outer value"
    finally:
        print("outer finally", n)
print(f(0), f(1), f(2))
def g():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError as e:
            return repr(e.__context__)
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as e:
            return "reraised " + str(e)
print(h())
