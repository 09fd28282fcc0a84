import unittest, re, sys
class Stream:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def getvalue(self): return ''.join(self.parts)

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = [1]
    def setUp(self):
        self.x = 5
    def tearDown(self):
        self.x = None
    def test_ok(self):
        self.assertEqual(self.x, 5)
        self.assertIn(1, self.shared)
    def test_fail(self):
        self.assertEqual(self.x, 6)
    def test_error(self):
        raise KeyError('k')
    @unittest.skip('not now')
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int('x')
        self.assertIn('invalid literal', str(cm.exception))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

class U(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertEqual(1, 2), lambda: self.assertEqual(1, 2, 'custom'),
            lambda: self.assertNotEqual(3, 3), lambda: self.assertTrue(0), lambda: self.assertFalse([1]),
            lambda: self.assertIs(1, None), lambda: self.assertIsNot(None, None), lambda: self.assertIsNone(3),
            lambda: self.assertIsNotNone(None), lambda: self.assertIn(4, [1, 2]), lambda: self.assertNotIn(1, [1]),
            lambda: self.assertIsInstance(1, str), lambda: self.assertNotIsInstance(1, int),
            lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.1),
            lambda: self.assertNotAlmostEqual(1.0, 1.0 + 1e-9), lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2), lambda: self.assertLess(2, 1), lambda: self.assertLessEqual(2, 1),
            lambda: self.assertRegex('abc', 'x+'), lambda: self.assertNotRegex('abc', 'b'),
            lambda: self.assertEqual([1, 2, 3], [1, 2, 4]), lambda: self.assertEqual((1, 2), (1, 2, 3)),
            lambda: self.assertEqual({'a': 1}, {'a': 2}), lambda: self.assertEqual({1, 2}, {2, 3}),
            lambda: self.assertEqual('x' * 100, 'x' * 99 + 'y'), lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]),
            lambda: self.assertRaises(ValueError, int, '5'), lambda: self.assertRaisesRegex(ValueError, 'zzz', int, 'q'),
            lambda: self.fail('boom'), lambda: self.assertListEqual([1], [2]), lambda: self.assertEqual(list(range(30)), list(range(29)) + [99]),
        ]
        for c in checks:
            try:
                c()
                print('no failure')
            except AssertionError as e:
                print(repr(str(e)))

class Result(unittest.TestResult):
    def addSuccess(self, test):
        print('success', test)
    def addFailure(self, test, err):
        super().addFailure(test, err)
        print('failure', test, err[1])
    def addError(self, test, err):
        super().addError(test, err)
        print('error', test, repr(err[1]))
    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        print('skip', test, reason)
    def addExpectedFailure(self, test, err):
        print('xfail', test)
    def addSubTest(self, test, sub, err):
        super().addSubTest(test, sub, err)
        print('subtest', sub, None if err is None else err[1])

suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
print(suite.countTestCases(), [t.id() for t in suite])
r = Result()
suite.run(r)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())
print(r.failures[0][1].splitlines()[-1], r.errors[0][1].splitlines()[-1])
U('test_messages').run(unittest.TestResult())
U('test_messages').test_messages()
stream = Stream()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(re.sub(r'\d+\.\d+s', 'X.XXXs', stream.getvalue()))
stream = Stream()
res = unittest.TextTestRunner(stream=stream).run(unittest.TestLoader().loadTestsFromModule(sys.modules['__main__']))
print(re.sub(r'\d+\.\d+s', 'X.XXXs', stream.getvalue()))
