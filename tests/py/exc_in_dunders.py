class Boom:
    def __repr__(self):
        raise ValueError('repr boom')
    def __len__(self):
        raise KeyError('len boom')
    def __eq__(self, o):
        raise TypeError('eq boom')
    def __hash__(self):
        raise RuntimeError('hash boom')
    def __iter__(self):
        raise IndexError('iter boom')
    def __getattr__(self, n):
        raise LookupError('getattr ' + n)
b = Boom()
for expr in ['repr(b)', 'len(b)', 'b == 1', 'hash(b)', 'list(b)', 'b.x', '[b] == [1]', '{b: 1}', 'str(b)',
             'bool(b)', 'b in [1]']:
    try:
        eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
class Nxt:
    def __iter__(self):
        return self
    def __next__(self):
        raise ZeroDivisionError('next boom')
try:
    for _ in Nxt():
        pass
except ZeroDivisionError as e:
    print('for ->', e)
