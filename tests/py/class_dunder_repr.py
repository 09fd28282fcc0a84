class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'V({self.x!r})'
    def __str__(self):
        return f'<{self.x}>'

v = V('a')
print(repr(v), str(v), v)
print([v, V(2)])
print(f'{v} {v!r}')
print(format(v, ''))

class R:
    def __repr__(self):
        return 'R!'
print(str(R()), R())

class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print(e)
class Bad2:
    def __str__(self):
        return None
try:
    str(Bad2())
except TypeError as e:
    print(e)
