def f():
    try:
        raise KeyError("first")
    finally:
        raise TypeError("in finally")
f()
