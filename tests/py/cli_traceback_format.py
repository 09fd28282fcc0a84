# Full traceback text, printed through sys.excepthook to stdout so that it is
# compared line by line. The code lives in a module written to /tmp so that the
# paths in the traceback do not depend on where the repository is.
import sys
SRC = '''\
import sys

def show(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
    print('-----')

def binop(a, b):
    return a + b * 2

def sub(d):
    return d['key']['inner']

def call_multi(f):
    return f(1,
             2)

def whole_line():
    undefined_name

def nested_sub(x):
    y = x
    return  y   //  0

def attr(o):
    return o.missing.more

class Holder:
    items = [1, 2]

def index_error():
    return Holder.items[5] + 1
'''
path = '/tmp/leones_tbfmt_mod1.py'
try:
    same = open(path).read() == SRC
except OSError:
    same = False
if not same:
    with open(path, 'w') as f:
        f.write(SRC)
sys.path.insert(0, '/tmp')
import leones_tbfmt_mod1 as m
sys.stderr = sys.stdout
show = m.show

show(m.binop, 1, 'x')
show(m.sub, {'key': {}})
show(m.sub, {'key': 5})
show(m.call_multi, lambda a: a)
show(m.whole_line)
show(m.nested_sub, 3)
show(m.attr, 5)
show(m.index_error)
