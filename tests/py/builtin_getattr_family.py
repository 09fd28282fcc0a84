class C:
    a = 1
c = C()
print(getattr(c, 'a'), getattr(c, 'b', 'dflt'), hasattr(c, 'a'), hasattr(c, 'b'))
setattr(c, 'b', 5)
print(c.b, getattr(c, 'b'))
delattr(c, 'b')
print(hasattr(c, 'b'))
class P:
    @property
    def boom(self):
        raise ValueError("boom")
try:
    hasattr(P(), 'boom')
except ValueError as e:
    print("hasattr propagates", e)
print(getattr(P(), 'nope', 7))
tests = [lambda: getattr(c, 1), lambda: getattr(c, 'zz'), lambda: setattr(c, 2, 3), lambda: delattr(c, 'zz'),
         lambda: hasattr(c), lambda: getattr(c), lambda: getattr(1, 'x'), lambda: setattr(1, 'x', 2),
         lambda: delattr(c, 5), lambda: getattr(c, 'a', 1, 2)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
