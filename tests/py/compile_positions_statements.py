import sys
sys.stderr = sys.stdout
def show(fn):
    try:
        fn()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
class It:
    def __iter__(self): return self
    def __next__(self): raise KeyError('in next')
def loop():
    for x in It():
        pass
def loop2():
    total = 0
    for x in [1, 'a']:
        total += x
def with_err():
    class CM:
        def __enter__(self): raise ValueError('enter')
        def __exit__(self, *a): pass
    with CM() as c:
        pass
def unpack_for():
    for a, b in [(1, 2), (3,)]:
        pass
def import_err():
    from sys import nonexistent_thing
def comp_err():
    return [x.y for x in [1]]
def deco():
    def bad(f): raise RuntimeError('deco')
    @bad
    def g(): pass
def cls_err():
    class A(1): pass
def genexp():
    return sum(1 / x for x in [1, 0])
def kw_err():
    def f(a): pass
    f(1, b=2)
def aug_attr():
    class A: pass
    a = A()
    a.x += 1
def dict_disp():
    return {[]: 1}
def fmt():
    return f"{'a':d}"
for f in [loop, loop2, with_err, unpack_for, import_err, comp_err, deco, cls_err, genexp, kw_err, aug_attr, dict_disp, fmt]:
    show(f)
