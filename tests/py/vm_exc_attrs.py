try:
    raise ValueError("a", "b")
except ValueError as e:
    print(e.args, str(e), repr(e))
    e2 = e
print(type(e2.__traceback__).__name__, e2.__traceback__.tb_frame.f_code.co_name)
try:
    raise KeyError("key")
except KeyError as e:
    print(str(e), e.args)
e = ValueError("x").with_traceback(None)
print(e.__traceback__)
try:
    raise e
except ValueError as ee:
    print(ee.__traceback__ is not None)
def gen_tb():
    try:
        raise RuntimeError
    except RuntimeError as e:
        return e
x = gen_tb()
print(x.__traceback__.tb_lineno, x.__traceback__.tb_next)
