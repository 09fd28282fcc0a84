def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: ()[0])
check(lambda: (1,)[-2])
check(lambda: (1,)["a"])
check(lambda: (1,) + [2])
check(lambda: (1,) + None)
check(lambda: (1,) * 1.5)
check(lambda: (1,).index(2))
check(lambda: (1,).count())
check(lambda: ().index())
check(lambda: tuple(1))
check(lambda: tuple(1, 2))
check(lambda: tuple(x=1))
check(lambda: (1, 2) < (1, "a"))
check(lambda: (1,)[10**30])
def setit():
    t = (1,)
    t[0] = 2
check(setit)
def delit():
    t = (1,)
    del t[0]
check(delit)
check(lambda: (1,).append(2))
