class C:
    y = 5
    vals = [i for i in range(3)]
    try:
        bad = [y for i in range(2)]
    except NameError as e:
        print('NameError', e)
    first = [y * i for i in range(2)] if False else None
print(C.vals)
def f():
    k = 3
    return [k * i for i in range(3)], {i: k for i in range(2)}
print(f())
