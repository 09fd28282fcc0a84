# Tracebacks printed to stdout: checks the source positions (carets) the compiler records.
import sys
sys.stderr = sys.stdout
class Obj:
    attr = None
def show(fn):
    try:
        fn()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
        print('-----')
d = {'a': {'b': 1}}
lst = [1, 2]
o = Obj()
zero = 0
def binop(): return lst[0] + d['a']['b'] / zero
def call(): return len(5)
def method(): return o.attr.upper()
def subscript(): return d['a']['missing']
def attr(): return o.nope
def nested_call(): return int(str(list(map(abs, ['x']))))
def aug():
    x = 'a'
    x += 1
def multi_line():
    return (lst[0] +
            d['a']['b'] +
            None)
def unpack():
    a, b = lst[0]
def compare(): return lst < 1
def unary(): return -'s'
def kwcall(): return dict(**{1: 2})
def in_comp(): return [1 / v for v in (1, 0)]
def in_lambda(): return (lambda q: q.missing)(o)
def raise_stmt(): raise ValueError('explicit')
def assert_stmt(): assert lst[0] == 2, 'bad'
def fstring(): return f'{zero:d} {lst[5]}'
def slice_err(): return lst['a':]
def store_item():
    t = (1, 2)
    t[0] = 5
def store_attr(): (1).x = 2
def delete(): del lst[10]
def chained(): return 1 < lst < 3
def callkw(): return sorted(lst, key=lambda v: v.nope)
def star_call(): return print(*5)
def gen_err():
    def g():
        yield 1 / zero
    return list(g())
for f in [binop, call, method, subscript, attr, nested_call, aug, multi_line, unpack, compare, unary, kwcall,
          in_comp, in_lambda, raise_stmt, assert_stmt, fstring, slice_err, store_item, store_attr, delete, chained,
          callkw, star_call, gen_err]:
    show(f)
