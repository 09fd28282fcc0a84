log = []
def g(name):
    try:
        for i in range(5):
            yield i
    finally:
        log.append(name)
a = g("a")
for v in a:
    if v == 2:
        break
a.close()
print(log)
def outer():
    try:
        yield from g("inner")
    finally:
        log.append("outer")
o = outer()
next(o)
o.close()
print(log)
