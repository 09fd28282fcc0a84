x = 0
def f():
    print(x)
    global x
