import sys
def g():
    try:
        raise KeyError("own")
    except KeyError:
        yield "in except: " + repr(sys.exc_info()[1])
    yield "after except: " + repr(sys.exc_info()[1])
it = g()
try:
    raise ValueError("A")
except ValueError:
    print(next(it))
try:
    raise TypeError("B")
except TypeError:
    print(next(it))
print(repr(sys.exc_info()[1]))
