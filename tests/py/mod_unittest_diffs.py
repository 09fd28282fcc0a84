import unittest
tc = unittest.TestCase()
tc.maxDiff = None
def show(f):
    try:
        f()
        print('passed')
    except AssertionError as e:
        print(str(e))
        print('-----')
show(lambda: tc.assertEqual('hello world\nsecond line\nthird\n', 'hello there world\nsecond line\n3rd\n'))
show(lambda: tc.assertEqual('abcdefghij', 'abcXefghij'))
show(lambda: tc.assertEqual('one\ntwo', 'one\ntwo\nthree'))
show(lambda: tc.assertEqual('\tindented  line\n', '\tindented line\n'))
show(lambda: tc.assertEqual([1, 2, 3, 4], [1, 2, 5, 4, 6]))
show(lambda: tc.assertEqual(['apple', 'banana', 'cherry'], ['apple', 'bananas', 'cherry']))
show(lambda: tc.assertEqual({'name': 'x', 'tags': ['a', 'b'], 'n': 1}, {'name': 'y', 'tags': ['a', 'b'], 'n': 1}))
show(lambda: tc.assertEqual({'k%d' % i: i for i in range(12)}, {'k%d' % i: i * (i != 5) for i in range(12)}))
show(lambda: tc.assertEqual([[i, i + 1] for i in range(15)], [[i, i + (i != 7)] for i in range(15)]))
show(lambda: tc.assertEqual(tuple('abcdefghijklmnopqrstuvwxyz' * 2), tuple('abcdefghijklmnopqrstuvwxyz') * 2 + ('!',)))
tc.maxDiff = 40
show(lambda: tc.assertEqual(list(range(20)), list(range(1, 21))))
show(lambda: tc.assertEqual('a\nb\nc\nd\ne\nf\n', 'a\nB\nc\nD\ne\nF\n'))
