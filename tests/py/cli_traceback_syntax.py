import sys
SRC = '''\
import sys

def show(src):
    try:
        compile(src, '/tmp/fake_source.py', 'exec')
    except SyntaxError as e:
        sys.excepthook(type(e), e, e.__traceback__)
        print('-----')
'''
path = '/tmp/leones_tbfmt_mod3.py'
try:
    same = open(path).read() == SRC
except OSError:
    same = False
if not same:
    with open(path, 'w') as f:
        f.write(SRC)
sys.path.insert(0, '/tmp')
import leones_tbfmt_mod3 as m
sys.stderr = sys.stdout
for src in ['x = = 1', 'def f(:\n    pass', 'a = (1,\n', '    indented = 1', 'print "hello"', 'x = 1 +', 'if True:\npass',
            'f(**x, *y)', 'x = "unterminated', '\tx = 1\n        y = 2']:
    m.show(src)
