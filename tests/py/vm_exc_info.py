import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def inner():
    return sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    print(inner().__name__)
def leaves():
    try:
        raise ValueError
    except ValueError:
        return 1
leaves()
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print(e)
