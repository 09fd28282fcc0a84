d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
try:
    for v in d.values():
        d.pop(3, None)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for item in d.items():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
for k in list(d):
    del d[k]
print(d)
