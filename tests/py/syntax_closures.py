def counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter(10)
print(c(), c(5), c())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(1) for f in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def param_cell(a):
    def get():
        return a
    a += 1
    return get()
print(param_cell(1))
print(counter.__code__.co_cellvars, c.__code__.co_freevars)
