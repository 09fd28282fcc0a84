def f1():
    for i in range(3):
        try:
            try:
                if i == 0: continue
                if i == 2: return 'ret%d' % i
            finally:
                print('inner fin', i)
        except Exception:
            pass
        finally:
            print('outer fin', i)
    return 'end'
print(f1())
def f2():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise KeyError('b')
        except KeyError as e:
            print('ctx', repr(e.__context__))
        return 'from handler'
    finally:
        print('f2 fin')
print(f2())
def f3():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print('caught in finally')
print(f3())
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('exit')
        raise
    finally:
        print('gen fin')
g = gen(); next(g); g.close()
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit', a[0]); return False
def f4():
    for i in range(3):
        with CM():
            if i == 1:
                break
            continue
    return i
print(f4())
xs = [y for x in range(3) if (y := x * 2)]
print(xs, y)
def outer():
    q = 1
    class K:
        q = 2
        def m(self):
            return q
        r = [q for _ in range(1)]
    return K().m(), K.q, K.r
print(outer())
bases = (object,)
class S(*bases, **{}):
    pass
print(S.__bases__)
def kw(**k): return k
try:
    kw(a=1, **{'a': 2})
except TypeError as e:
    print(e)
def star(*a): return a
print(star(*range(3), *'xy'))
class P:
    def f(self):
        return __class__
print(P().f() is P)
def deep():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 1
            return x
        return b()
    return a(), a(), x
print(deep())
try:
    raise ValueError('x')
except (TypeError, ValueError) as e:
    print('tuple match', e)
def ex_in_except():
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError('second')
try:
    ex_in_except()
except ValueError as e:
    print(type(e.__context__).__name__)
import sys
def check():
    try:
        raise KeyError(1)
    except KeyError:
        pass
    return sys.exc_info()
print(check())
print([(lambda: i)() for i in range(3)])
d = {}
d[1], d[2] = 'a', 'b'
print(d)
a = b = []
a.append(1)
print(b)
i = 10
for i in range(3): pass
print(i)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
