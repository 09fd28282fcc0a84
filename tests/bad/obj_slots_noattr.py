class P:
    __slots__ = ('a',)
P().b = 1
