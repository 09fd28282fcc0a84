def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: range(1, 2, 0))
check(lambda: range())
check(lambda: range(1, 2, 3, 4))
check(lambda: range(1.5))
check(lambda: range("a"))
check(lambda: range(1, 2.0))
check(lambda: range(x=1))
check(lambda: range(5)[5])
check(lambda: range(5)[-6])
check(lambda: range(5)["a"])
check(lambda: range(5).index(7))
check(lambda: range(5).index("a"))
check(lambda: range(5)[::0])
check(lambda: len(range(10 ** 20)))
check(lambda: range(3) < range(4))
def setit():
    r = range(3)
    r[0] = 1
check(setit)
check(lambda: range(3).start.__class__.__name__)
