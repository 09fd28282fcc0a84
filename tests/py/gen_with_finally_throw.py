class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n); return self
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None); return False
def g():
    with CM(1):
        yield 1
        with CM(2):
            yield 2
    yield 3
x = g()
print(next(x), next(x))
try:
    x.throw(ValueError("v"))
except ValueError as e:
    print("out", e)
def h():
    try:
        yield 1
    finally:
        yield "in finally"
y = h()
print(next(y))
print(y.throw(KeyError) if False else next(y))
try:
    next(y)
except StopIteration:
    print("stop")
def k():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("exit at", i)
            return
z = k()
next(z); next(z)
z.close()
def nested_exc():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            yield "handling"
        finally:
            print("inner fin")
n = nested_exc()
print(next(n))
try:
    n.throw(TypeError("t"))
except TypeError as e:
    print(repr(e), repr(e.__context__))
def send_into_yield_from():
    def sub():
        got = []
        while len(got) < 3:
            got.append((yield len(got)))
        return got
    res = yield from sub()
    yield res
s = send_into_yield_from()
print(next(s), s.send("a"), s.send("b"), s.send("c"))
def gen_ret_finally():
    try:
        return 1
    finally:
        print("fin ret")
    yield
try:
    next(gen_ret_finally())
except StopIteration as e:
    print("value", e.value)
