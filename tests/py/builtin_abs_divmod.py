print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2**70))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
for bad in [("abs", lambda: abs("x")), ("divmod", lambda: divmod(1, 0)), ("divmod2", lambda: divmod("a", 1))]:
    try:
        bad[1]()
    except Exception as e:
        print(bad[0], type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(e)
try:
    abs(x=1)
except TypeError as e:
    print(e)
