g = 0
def inc():
    global g
    g += 1
inc(); inc()
print(g)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
    mid()
    return x
print(outer())
def make():
    global newglobal
    newglobal = 'created'
make()
print(newglobal)
