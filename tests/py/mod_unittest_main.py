import re, subprocess, sys
if len(sys.argv) > 1:
    import unittest

    class Arith(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 1, 2)

        def test_div(self):
            with self.assertRaises(ZeroDivisionError):
                1 / 0

        def test_wrong(self):
            self.assertEqual(sum([1, 2]), 4)

        @unittest.skipIf(True, 'always')
        def test_skipped(self):
            pass

    class Other(unittest.TestCase):
        def test_ok(self):
            self.assertTrue(isinstance(3, int))

    if sys.argv[1] == 'all':
        unittest.main(argv=['prog'])
    elif sys.argv[1] == 'verbose':
        unittest.main(argv=['prog', '-v', 'Other'])
    else:
        unittest.main(argv=['prog', 'Arith.test_add', 'Other.test_ok'])
for mode in ['all', 'verbose', 'some']:
    p = subprocess.run([sys.executable, __file__, mode], capture_output=True, text=True)
    print(mode, p.returncode, repr(p.stdout))
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', p.stderr))
