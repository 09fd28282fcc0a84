assert True
assert 1 == 1, 'fine'
try:
    assert False, 'message here'
except AssertionError as e:
    print('AE', e)
try:
    assert 0
except AssertionError as e:
    print('AE', repr(e))
x = 3
try:
    assert x > 5, f'x is {x}'
except AssertionError as e:
    print(e)
