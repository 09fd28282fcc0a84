def g():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield str(e)
me = g()
print(me.gi_running)
print(next(me))
print(next(me))
print(me.gi_frame is not None, me.gi_code.co_name)
me.close()
print(me.gi_frame)
def sub():
    yield 1
def deleg():
    yield from sub()
d = deleg()
print(d.gi_yieldfrom)
next(d)
print(type(d.gi_yieldfrom).__name__)
