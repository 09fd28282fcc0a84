def f(flag):
    if flag:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return 'unbound: ' + str(e)
print(f(True), f(False))
def g(n):
    for i in range(n):
        last = i
    try:
        return last
    except UnboundLocalError:
        return 'none'
print(g(3), g(0))
def h():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        print(e)
    x = 2
    return x
print(h())
def k(v):
    while v:
        y = v
        v -= 1
        if v == 1:
            del y
    try:
        return y
    except UnboundLocalError:
        return 'deleted'
print(k(3), k(0))
def m():
    try:
        z = 1 / 0
    except ZeroDivisionError:
        pass
    try:
        return z
    except UnboundLocalError:
        return 'z unbound'
print(m())
