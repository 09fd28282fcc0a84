print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "x")
print([] and 1, "" or 0)
x = 5
print("big" if x > 3 else "small", "big" if x > 10 else "small")
def t(v):
    print("t", v)
    return v
r = t(0) or t(1) and t(2)
print(r)
print(bool(0), bool(1.0), bool(""), bool("a"), bool(None))
if x and not None:
    print("ok")
