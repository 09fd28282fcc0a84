g = 1
def setg():
    global g
    g = 2
setg()
print(g)
def f():
    x = 1
    def a():
        nonlocal x
        x = 2
    def b():
        return x
    a()
    return b()
print(f())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    y = 1
unbound()
def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 3
    return inner()
print(free_unbound())
def delete_local():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print(e)
delete_local()
try:
    undefined_name
except NameError as e:
    print(e)
