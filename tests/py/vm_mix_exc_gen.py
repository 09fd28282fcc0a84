import sys
def g():
    try:
        raise KeyError("in g")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it))
try:
    raise ValueError("outer")
except ValueError:
    print(next(it), sys.exc_info()[0].__name__)
print(next(it))
print(sys.exc_info())
def h():
    yield sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    print(next(h()))
class E:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with E():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def ctx():
    try:
        yield 1
    finally:
        print("ctx finally", sys.exc_info()[0])
for x in ctx():
    pass
def deep_yield_from():
    def a():
        r = yield 1
        return r * 2
    def b():
        r = yield from a()
        return r + 1
    r = yield from b()
    yield r
d = deep_yield_from()
print(next(d), d.send(10))
class Base:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
class Child(Base):
    def __init__(self, a, *rest, k=1, **kw):
        super().__init__(a, *rest, k=k, **kw)
c = Child(1, 2, k=3, z=4)
print(c.args, sorted(c.kw.items()))
print([i for i in range(3) for _ in range(2)])
x = 10
def shadow():
    x = 1
    return [x + i for i in range(3)]
print(shadow())
try:
    int("abc")
except ValueError as e:
    print(e)
finally:
    print("fin")
def kw_after_star(*a, b, **c):
    return a, b, c
print(kw_after_star(1, 2, b=3, d=4))
