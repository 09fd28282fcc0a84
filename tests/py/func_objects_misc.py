def f(): pass
class C:
    def m(self): pass
    def __repr__(self): return "<C>"

def norm(s): return re.sub(r"0x[0-9a-f]+", "ADDR", s) if False else s.split(" at ")[0]
print(norm(repr(f)), norm(repr(C.m)), repr(C().m))
g = (x for x in [])
print(norm(repr(g)))
def gen(): yield
print(gen.__code__.co_flags & 0x20, type(gen()).__name__)
print(f.__get__(None, C) is f)
m = C().m
print(m.__name__, m.__qualname__, m.__doc__, m.__module__)
print(C.m.__get__(C()) == C().m)
print(hash(m) == hash(m))
try:
    m.x = 1
except AttributeError as e:
    print(e)
f.__defaults__ = (1,)
print(f.__defaults__)
def k(a, *, b=2): return a, b
k.__kwdefaults__ = {"b": 5}
print(k(1))
def code_swap(): return "swapped"
f.__code__ = code_swap.__code__
print(f())
print(type(f.__code__).__name__)
cell = (lambda: f).__closure__
print(cell)
def clos():
    x = 1
    return (lambda: x).__closure__[0]
c = clos()
print(c.cell_contents, type(c).__name__)
