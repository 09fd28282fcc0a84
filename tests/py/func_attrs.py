def f(a, b=1):
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__)
print(f.__code__.co_name, f.__kwdefaults__, f.__closure__)
f.custom = 42
print(f.custom, f.__dict__)
class C:
    def m(self):
        "m doc"
    class D:
        def n(self):
            pass
print(C.m.__qualname__, C.D.n.__qualname__, C.m.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
f.__name__ = "renamed"
print(f.__name__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
try:
    f.nothing
except AttributeError as e:
    print(e)
print(f.__globals__ is globals())
print(type(f).__name__, callable(f))
g = lambda: None
print(g.__doc__)
def annotated(x: int, y: "s" = 1) -> bool:
    pass
print(annotated.__annotations__)
