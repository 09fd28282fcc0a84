def a():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
            if i == 2:
                continue
    return out
print(a())
def b():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'end'
print(b())
def c():
    try:
        try:
            raise ValueError
        finally:
            return 'swallowed'
    except ValueError:
        return 'not here'
print(c())
def d():
    x = []
    while True:
        try:
            x.append(1)
            if len(x) > 2:
                break
        except Exception:
            pass
        else:
            x.append('else')
        finally:
            x.append('fin')
    return x
print(d())
def e():
    for i in range(3):
        with open('/dev/null') as fh:
            try:
                if i == 1:
                    return 'ret from with'
            finally:
                print('finally', i, fh.closed)
print(e())
def f():
    try:
        pass
    finally:
        try:
            raise KeyError
        except KeyError:
            pass
    return 'ok'
print(f())
def g(n):
    r = []
    for i in range(n):
        for j in range(n):
            try:
                if j == 1: break
                r.append((i, j))
            finally:
                r.append('x')
        else:
            r.append('else')
    return r
print(g(3))
def h():
    try:
        return 'try'
    except:
        pass
    finally:
        print('h finally')
print(h())
def k():
    for x in range(2):
        try:
            raise ValueError(x)
        except ValueError as err:
            if x == 0:
                continue
            return str(err)
print(k())
def m():
    try:
        1/0
    except ZeroDivisionError as z:
        try:
            raise KeyError('k')
        except KeyError as kk:
            return repr(kk.__context__)
print(m())
import sys
def n():
    try:
        raise ValueError('v')
    except ValueError:
        for i in range(2):
            if i == 1:
                break
        return sys.exc_info()[0].__name__
print(n(), sys.exc_info())
