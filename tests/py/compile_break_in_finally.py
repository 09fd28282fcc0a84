# break/continue inside a finally body that is inlined for another jump
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def f0(n):
    out = []
    for i in range(n % 3):
        for i in range(n % 3):
            break
        try:
            continue
        finally:
            break
        with CM():
            continue
    return out
def f1(n):
    out = []
    for i in range(n):
        try:
            continue
        finally:
            out.append(i)
            if i == 2:
                break
    return out
def f2(n):
    out = []
    while n:
        n -= 1
        try:
            try:
                return out
            finally:
                out.append('inner')
                continue
        finally:
            out.append('outer')
    return out + ['end']
for n in range(5):
    print(f0(n), f1(n), f2(n))
