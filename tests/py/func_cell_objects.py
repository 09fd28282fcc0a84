def f():
    a = 1
    b = 2
    def g():
        return a + b
    return g
g = f()
print(len(g.__closure__), [c.cell_contents for c in g.__closure__])
print(type(g.__closure__[0]).__name__)
def empty_cell():
    def inner():
        return later
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    later = 5
    return c.cell_contents
print(empty_cell())
def setter():
    v = 1
    def get():
        return v
    get.__closure__[0].cell_contents = 42
    return get()
print(setter())
