from __future__ import annotations
ns = {}
exec('def f(x: Undefined) -> AlsoUndefined: pass', ns)
print(ns['f'].__annotations__)
code = compile('def g(y: Nope): pass', '<s>', 'exec')
exec(code, ns)
print(ns['g'].__annotations__)
code2 = compile('def h(z: int): pass', '<s>', 'exec', dont_inherit=True)
exec(code2, ns)
print(ns['h'].__annotations__)
def outer():
    v = 1
    def inner():
        return v
    return inner
try:
    exec(outer().__code__)
except TypeError as e:
    print(e)
try:
    eval(outer().__code__)
except TypeError as e:
    print(e)
