print(repr('a'), repr("it's"), repr([1, 'b']), ascii('é'), ascii(['ü', 1]), ascii('\U0001F600'))
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '>5'), format(1234567, ','), format(0.5, '%'))
print(format(42), format(None), repr(format(3, '')))
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
print(format(F(), 'abc'), f'{F():xyz}')
tests = [lambda: format(1, 1), lambda: format(object(), 'x'), lambda: repr(), lambda: format(1, 'q')]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
