import sys
sys.setrecursionlimit(3000)
def gen(n):
    if n:
        yield from gen(n - 1)
    yield n
try:
    print(sum(gen(10000)))
except RecursionError as e:
    print("6", e)
def gen2(n):
    if n:
        for x in gen2(n - 1):
            yield x
    yield n
try:
    print(sum(gen2(10000)))
except RecursionError as e:
    print("7", e)
class D:
    def __init__(self, n):
        self.c = D(n - 1) if n else None
try:
    D(10000)
except RecursionError as e:
    print("8", type(e).__name__)
print("end")
