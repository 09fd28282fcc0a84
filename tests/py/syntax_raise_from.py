try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise ValueError('v') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('r')
except RuntimeError as e:
    print(repr(e.__context__))
try:
    raise ValueError('x') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def reraise():
    try:
        raise IndexError('i')
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print('reraised', e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e))
