def f():
    try:
        raise ValueError('orig')
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print(e)
def g():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print('raised saved', e)
try:
    try:
        raise TypeError('t')
    finally:
        print('finally ran')
except TypeError as e:
    print('after finally', e)
def h():
    try:
        return 'from try'
    finally:
        print('finally in h')
print(h())
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(k())
