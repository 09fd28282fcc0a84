import sys
SRC = '''\
import sys

def show(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
    print('-----')

def inner():
    raise KeyError('k')

def middle():
    try:
        inner()
    except KeyError as e:
        raise ValueError('converted') from e

def context():
    try:
        inner()
    except KeyError:
        return 1 / 0

def suppressed():
    try:
        inner()
    except KeyError:
        raise TypeError('clean') from None

def recurse(n):
    return recurse(n + 1)

def notes():
    e = RuntimeError('noted')
    e.add_note('note one')
    e.add_note('note two')
    raise e

class MyErr(Exception):
    pass

def custom():
    raise MyErr()
'''
path = '/tmp/leones_tbfmt_mod2.py'
try:
    same = open(path).read() == SRC
except OSError:
    same = False
if not same:
    with open(path, 'w') as f:
        f.write(SRC)
sys.path.insert(0, '/tmp')
import leones_tbfmt_mod2 as m
sys.stderr = sys.stdout
show = m.show

show(m.middle)
show(m.context)
show(m.suppressed)
show(m.notes)
show(m.custom)
try:
    m.recurse(0)
except RecursionError as e:
    tb = e.__traceback__.tb_next
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print('frames >= 900:', n >= 900)
sys.excepthook(ValueError, ValueError('no traceback'), None)
