# Position markers under binary operators and subscripts (CPython 3.11 rules),
# printed through sys.excepthook to stdout. Code lives in /tmp for stable paths.
import sys
SRC = '''\
import sys

def show(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
    print('-----')

def t1(a, b, c): return a/0
def t2(a, b, c): return a // 0
def t3(a, b, c): return a % 0 + 1
def t4(a, b, c): return b[0] + b[1] + c
def t5(a, b, c): return a ** 2 ** b
def t6(a, b, c): return a * (b)
def t7(a, b, c): return a.x[0] + 1
def t8(a, b, c): return "s" + a
def t9(a, b, c): return a << b
def t10(a, b, c): return b * 2 - c
def t11(a, b, c): return c["k"] + b[5]
def t12(a, b, c): return a if b else c[0]
def t13(a, b, c):
    return (a +
            b)
def t14(a, b, c):
    x = 1
    return  b  [  7  ]
'''
path = '/tmp/leones_tbfmt_mod4.py'
try:
    same = open(path).read() == SRC
except OSError:
    same = False
if not same:
    with open(path, 'w') as f:
        f.write(SRC)
sys.path.insert(0, '/tmp')
import leones_tbfmt_mod4 as m
sys.stderr = sys.stdout
for i in range(1, 15):
    m.show(getattr(m, 't%d' % i), 1, [1, 2], {'k': 1})
