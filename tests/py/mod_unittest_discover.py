import os, re, subprocess, sys
base = '/tmp/_leones_ut_discover_%d' % os.getpid()
os.makedirs(base + '/pkg', exist_ok=True)
files = {
    'test_alpha.py': 'import unittest\nclass A(unittest.TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n    def test_b(self):\n        self.assertIn(3, [1, 2])\n',
    'helper.py': 'X = 1\n',
    'pkg/__init__.py': '',
    'pkg/test_beta.py': 'import unittest\nclass B(unittest.TestCase):\n    def test_c(self):\n        pass\n',
}
for name, text in files.items():
    with open(os.path.join(base, name), 'w') as f:
        f.write(text)
def norm(s):
    return re.sub(r'in \d+\.\d+s', 'in X.XXXs', s.replace(base, 'DIR'))
for args in [[], ['-v'], ['test_alpha.A.test_a'], ['pkg.test_beta']]:
    p = subprocess.run([sys.executable, '-m', 'unittest'] + args, cwd=base, capture_output=True, text=True)
    print(args, p.returncode, repr(p.stdout))
    print(norm(p.stderr))
for name in ['pkg/test_beta.py', 'pkg/__init__.py', 'test_alpha.py', 'helper.py']:
    os.remove(os.path.join(base, name))
for d in ['pkg/__pycache__', '__pycache__']:
    path = os.path.join(base, d)
    if os.path.isdir(path):
        for f in os.listdir(path):
            os.remove(os.path.join(path, f))
        os.rmdir(path)
os.rmdir(base + '/pkg')
os.rmdir(base)
