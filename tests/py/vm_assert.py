assert True
assert 1 == 1, "never"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert []
except AssertionError as e:
    print(repr(e))
def check(v):
    assert v, f"bad {v!r}"
    return v
print(check(3))
try:
    check(0)
except AssertionError as e:
    print(e)
