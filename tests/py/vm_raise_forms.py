try:
    raise ValueError
except ValueError as e:
    print("class", repr(e))
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(e.args)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e.__cause__))
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a = a
try:
    raise MyErr(1, 2)
except MyErr as e:
    print(e, e.a, e.args)
try:
    try:
        pass
    except 5:
        pass
    print("no exception, no check")
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    assert False, "assert msg"
except AssertionError as e:
    print("assert", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("assert empty", e.args)
