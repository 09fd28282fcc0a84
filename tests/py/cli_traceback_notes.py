import sys
sys.stderr = sys.stdout
e = ValueError('x')
e.__notes__ = ['a', 5, 'multi\nline']
sys.excepthook(ValueError, e, None)
e.__notes__ = 'not a list'
sys.excepthook(ValueError, e, None)
e.__notes__ = ('t1',)
sys.excepthook(ValueError, e, None)
class E(Exception):
    def __str__(self): return ''
sys.excepthook(E, E('ignored'), None)
sys.excepthook(KeyError, KeyError(), None)
sys.excepthook(KeyError, KeyError('a', 'b'), None)
class M(Exception): pass
M.__module__ = 'pkg.mod'
sys.excepthook(M, M('m'), None)
M.__module__ = None
sys.excepthook(M, M('m'), None)
