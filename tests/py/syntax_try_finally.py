def f(x):
    log = []
    try:
        log.append('try')
        if x:
            return log
    finally:
        log.append('finally')
    log.append('after')
    return log
print(f(0), f(1))
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('cleanup', i)
    return i
print(h())
try:
    try:
        raise ValueError('x')
    finally:
        print('inner finally')
except ValueError as e:
    print('caught', e)
def nested():
    try:
        try:
            return 1
        finally:
            print('f1')
    finally:
        print('f2')
print(nested())
