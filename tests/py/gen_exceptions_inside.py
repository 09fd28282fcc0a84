def g():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "caught %s" % e
print(list(g()))
def fails():
    yield 1
    raise KeyError("from gen")
it = fails()
print(next(it))
try:
    next(it)
except KeyError as e:
    print("got", e)
try:
    next(it)
except StopIteration:
    print("finished after error")
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
gf = gen_finally()
for v in gf:
    print(v)
    break
gf.close()
print("after break")
