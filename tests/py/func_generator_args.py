def gen(a, b=2, *rest, k=0, **kw):
    yield a
    yield b
    yield rest
    yield k
    yield sorted(kw)
print(list(gen(1)), list(gen(1, 3, 4, 5, k=9, z=1)))
try:
    gen()
except TypeError as e:
    print(e)
def closure_gen(n):
    def g():
        for i in range(n):
            yield i * n
    return g
print(list(closure_gen(3)()))
