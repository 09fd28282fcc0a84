print()
print(1, 2, 3)
print(1, 2, 3, sep='-')
print(1, 2, 3, sep='', end='!\n')
print('a', 'b', sep=None, end=None)
print('no newline', end='')
print()
print(*[1, 2, 3], sep=', ')
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('x', 42, file=w)
print('y', file=w, end='|')
print(w.parts)
class S:
    def __str__(self):
        return 'S!'
    def __repr__(self):
        return 'R!'
print(S(), [S()], flush=True)
print(None, True, 1.5, 2**70, b'b', 'str')
tests = [lambda: print(sep=1), lambda: print(end=2), lambda: print(file=1), lambda: print(x=1)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
