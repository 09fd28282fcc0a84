def show(e):
    ctx = e.__context__
    cause = e.__cause__
    print(type(e).__name__, e, '| context:', type(ctx).__name__ if ctx else None,
          '| cause:', type(cause).__name__ if cause else None, '| suppress:', e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('from') from z
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('from none') from None
except ValueError as e:
    show(e)

try:
    raise KeyError('plain')
except KeyError as e:
    show(e)

e = ValueError('x')
e.__cause__ = TypeError('t')
show(e)
e.__suppress_context__ = False
show(e)
try:
    e.__cause__ = 5
except TypeError as err:
    print(err)
try:
    e.__context__ = 'x'
except TypeError as err:
    print(err)

def nested():
    try:
        raise OSError('inner')
    except OSError:
        try:
            raise KeyError('middle')
        except KeyError:
            raise RuntimeError('outer')
try:
    nested()
except RuntimeError as e:
    show(e)
    show(e.__context__)
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        raise a
except ValueError as e:
    show(e)
