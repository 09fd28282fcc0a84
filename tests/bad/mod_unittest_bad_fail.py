import unittest

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_bad(self):
        self.assertEqual(2 + 2, 5)

unittest.main()
