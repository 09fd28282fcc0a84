import unittest, warnings
tc = unittest.TestCase()
def deprecated():
    warnings.warn('old api', DeprecationWarning)
    return 5
with tc.assertWarns(DeprecationWarning) as cm:
    print(deprecated())
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0)
tc.assertWarns(DeprecationWarning, deprecated)
with tc.assertWarnsRegex(UserWarning, 'disk'):
    warnings.warn('disk almost full')
for f in [lambda: tc.assertWarns(UserWarning, lambda: None),
          lambda: tc.assertWarnsRegex(UserWarning, 'xyz', warnings.warn, 'something else')]:
    try:
        f()
    except AssertionError as e:
        print('AssertionError', e)
try:
    with tc.assertWarns(RuntimeWarning):
        pass
except AssertionError as e:
    print('AssertionError', e)
