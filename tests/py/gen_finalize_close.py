import gc
log = []
def g(i):
    try:
        yield i
    finally:
        log.append(i)
for i in range(5):
    x = g(i)
    next(x)
x = None
gc.collect()
gc.collect()
print(len(log) >= 3, all(v in range(5) for v in log))
s = 0
for k in range(200000):
    s += sum(j for j in range(3))
print(s)
