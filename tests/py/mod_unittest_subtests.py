import unittest, sys

class Stream:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass

class T(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i, kind='num'):
                self.assertEqual(i % 2, 0)
    def test_msg(self):
        with self.subTest('labelled'):
            raise RuntimeError('inside')
    def test_skip_in_sub(self):
        with self.subTest(x=1):
            self.skipTest('skip sub')
    @unittest.skipUnless(sys.platform == 'never', 'requires never')
    def test_unless(self):
        pass
    @unittest.expectedFailure
    def test_unexpected(self):
        pass
    def test_cleanup_order(self):
        order = []
        self.addCleanup(order.append, 1)
        self.addCleanup(order.append, 2)
        self.doCleanups()
        self.assertEqual(order, [2, 1])

s = Stream()
suite = unittest.TestLoader().loadTestsFromTestCase(T)
r = unittest.TextTestRunner(stream=s, verbosity=2).run(suite)
text = ''.join(s.parts)
import re
print(re.sub(r'\d+\.\d+s', 'X.XXXs', re.sub(r'File "[^"]+"', 'File "F"', text)))
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.unexpectedSuccesses), r.wasSuccessful())
