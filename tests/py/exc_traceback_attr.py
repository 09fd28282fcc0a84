def f():
    raise ValueError('in f')
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print('frames', n)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
print(ValueError().__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as err:
    print(err)
try:
    ValueError().__traceback__ = 'x'
except TypeError as err:
    print(err)
