import sys
def f():
    try:
        raise ValueError("inner")
    except ValueError:
        return sys.exc_info()[0].__name__
    finally:
        print("finally exc_info", sys.exc_info())
print(f())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 1:
                break
            continue
    return sys.exc_info()
print(g())
def h():
    try:
        try:
            raise ValueError
        finally:
            print("in finally", sys.exc_info()[0].__name__)
    except ValueError:
        print("caught")
h()
def nested_return():
    try:
        try:
            return "inner"
        finally:
            raise RuntimeError("override")
    except RuntimeError as e:
        return "caught " + str(e)
print(nested_return())
def exc_in_except():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as e:
            return repr(e.__context__), sys.exc_info()[0].__name__
print(exc_in_except())
def del_exc_var():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in dir()
print(del_exc_var())
class Custom(Exception):
    def __str__(self):
        return "custom str"
try:
    raise Custom
except Exception as e:
    print(str(e), repr(e))
def raise_in_gen_expr():
    return list(1 / x for x in [1, 0])
try:
    raise_in_gen_expr()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
def loop_finally_return():
    for i in range(5):
        try:
            return i
        finally:
            if i < 2:
                continue
print(loop_finally_return())
