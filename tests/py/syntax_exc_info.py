import sys
print(sys.exc_info())
try:
    raise ValueError('a')
except ValueError:
    print(sys.exc_info()[0].__name__)
    try:
        raise KeyError('b')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    try:
        raise ValueError
    finally:
        print('in finally', sys.exc_info()[0].__name__)
try:
    f()
except ValueError:
    pass
print(sys.exc_info())
