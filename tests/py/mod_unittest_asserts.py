import unittest
tc = unittest.TestCase()
def check(f):
    try:
        f()
        print('passed')
    except AssertionError as e:
        print('AssertionError:', str(e).split('\n')[0])
check(lambda: tc.assertEqual(3, 3))
check(lambda: tc.assertEqual(3, 3.5))
check(lambda: tc.assertEqual([1, [2]], [1, [3]]))
check(lambda: tc.assertEqual(b'ab', b'ac'))
check(lambda: tc.assertEqual(None, 0))
check(lambda: tc.assertAlmostEqual(0.1 + 0.2, 0.3))
check(lambda: tc.assertAlmostEqual(1.0, 1.01, places=1))
check(lambda: tc.assertAlmostEqual(1.0, 1.01, places=3))
check(lambda: tc.assertCountEqual('abc', 'cba'))
check(lambda: tc.assertSequenceEqual([1, 2], (1, 2)))
check(lambda: tc.assertTupleEqual((1,), (2,)))
check(lambda: tc.assertSetEqual({1}, {1}))
check(lambda: tc.assertDictEqual({}, {'a': 1}))
check(lambda: tc.assertIn('x', 'abc'))
check(lambda: tc.assertRaises(KeyError, {}.__getitem__, 'k'))
check(lambda: tc.assertRaisesRegex(ValueError, r'\d+', int, 'x12'))
check(lambda: tc.assertRaisesRegex(ValueError, 'nope', int, 'x12'))
with tc.assertRaises(TypeError) as cm:
    len(5)
print(type(cm.exception).__name__, cm.exception)
with tc.assertRaisesRegex(ZeroDivisionError, 'division'):
    1 / 0
def no_raise():
    with tc.assertRaises(ValueError, msg='extra'):
        pass
check(no_raise)
try:
    with tc.assertRaises(ValueError):
        raise KeyError('other')
except KeyError as e:
    print('propagated KeyError', e)
check(lambda: tc.assertIsInstance('s', (int, float)))
check(lambda: tc.assertGreater('a', 'b'))
check(lambda: tc.assertEqual('x' * 50, 'x' * 49))
