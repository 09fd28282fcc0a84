def g1():
    try:
        yield 1
        yield 2
    finally:
        print('g1 cleanup')
it = g1()
for v in it:
    print(v)
    break
it.close()
def g2():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print('caught in gen', e)
            yield 'recovered'
gen = g2()
print(next(gen), gen.throw(ValueError('boom')), next(gen))
def g3():
    with open('/dev/null') as f:
        yield f.closed
    yield f.closed
print(list(g3()))
def g4():
    try:
        yield 1
    except GeneratorExit:
        print('closing g4')
        raise
g = g4(); next(g); g.close()
def g5():
    x = yield from g6()
    yield x
def g6():
    try:
        yield 'a'
    finally:
        print('g6 finally')
    return 'ret'
print(list(g5()))
def g7(n):
    while n:
        try:
            n -= 1
            if n == 1:
                continue
            yield n
        finally:
            print('g7 fin', n)
print(list(g7(3)))
def g8():
    try:
        raise KeyError('k')
    except KeyError:
        yield 'in handler'
        import sys
        yield sys.exc_info()[0].__name__
print(list(g8()))
