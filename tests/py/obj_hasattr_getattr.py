class P:
    @property
    def bad(self):
        raise ValueError('not attribute error')
    @property
    def missing(self):
        raise AttributeError('inside property')
p = P()
print(hasattr(p, 'missing'), getattr(p, 'missing', 'dflt'))
try:
    hasattr(p, 'bad')
except ValueError as e:
    print('hasattr propagates', e)
try:
    getattr(p, 'bad', 1)
except ValueError as e:
    print('getattr propagates', e)
try:
    getattr(p, 'nope')
except AttributeError as e:
    print(e)
class G:
    def __getattr__(self, name):
        if name == 'ok':
            return 'ok!'
        raise AttributeError(name)
print(getattr(G(), 'ok'), hasattr(G(), 'no'), getattr(G(), 'no', None))
print(getattr(1, 'real'), getattr('s', 'upper')(), getattr(int, 'from_bytes') is not None)
