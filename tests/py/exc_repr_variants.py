cases = [ValueError(), ValueError(''), ValueError('a'), ValueError('a', 'b'), ValueError(1), ValueError(None),
         ValueError([1]), KeyError(), KeyError('x'), KeyError(('a', 'b')), KeyError(1, 2), OSError(),
         OSError('m'), StopIteration(3), SystemExit(2), UnicodeError('u'), Warning('w'), BaseException('base')]
for c in cases:
    print(type(c).__name__, '|', repr(c), '|', str(c), '|', c.args)
class My(Exception):
    pass
print(repr(My('x')), str(My()), repr(My(1, 2)))
class WithRepr(Exception):
    def __repr__(self):
        return 'custom repr'
print(repr(WithRepr()), str(WithRepr('s')))
