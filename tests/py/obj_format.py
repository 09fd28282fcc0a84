class F:
    def __format__(self, spec):
        return f'F<{spec}>'
print(format(F(), 'abc'), f'{F():xyz}', '{:q}'.format(F()), format(F()))
class Plain:
    def __str__(self):
        return 'plain'
print(format(Plain()), f'{Plain()}', '{}'.format(Plain()))
try:
    format(Plain(), '>10')
except TypeError as e:
    print(e)
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad(), '')
except TypeError as e:
    print(e)
print(format(5, '03d'), format('s', '>3'), format(1.5, '.2f'), format(None), format(True, 'd'))
print(ascii('héllo'), ascii([1, 'ü']), ascii('\U0001f600'), repr('é'))
class R:
    def __repr__(self):
        return 'ré'
print(ascii(R()), repr(R()))
