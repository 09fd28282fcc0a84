import unittest
log = []

class Base(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass ' + cls.__name__)

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass ' + cls.__name__)

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_b(self):
        log.append('b')

    def test_a(self):
        log.append('a')
        self.skipTest('later')

@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        log.append('never')

class BadSetup(unittest.TestCase):
    def setUp(self):
        raise RuntimeError('setup broke')

    def test_y(self):
        log.append('never either')

    @unittest.expectedFailure
    def test_z(self):
        pass

r = unittest.TestResult()
loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in (Base, Skipped, BadSetup)])
suite.run(r)
print('\n'.join(log))
print(r.testsRun, len(r.errors), len(r.skipped), [str(t) for t, _ in r.skipped], r.wasSuccessful())
print([e.splitlines()[-1] for _, e in r.errors], [str(t) for t in r.unexpectedSuccesses])
print(repr(Base('test_a')), str(Base('test_a')), Base('test_a').id(), Base('test_a') == Base('test_a'))
print(loader.getTestCaseNames(Base), unittest.FunctionTestCase(lambda: None).countTestCases())
tc = unittest.TestCase()
for f in [lambda: tc.assertEqual(1, 2, 'custom'), lambda: tc.assertTrue(False, 'why')]:
    try:
        f()
    except AssertionError as e:
        print(e)
tc.longMessage = False
try:
    tc.assertEqual(1, 2, 'only this')
except AssertionError as e:
    print(e)
try:
    Base('test_nothing')
except ValueError as e:
    print('ValueError', e)
