def factory():
    class Local:
        class Deeper:
            pass
    return Local
L = factory()
print(L.__qualname__, L.Deeper.__qualname__, L.__name__)
print(repr(L).split("'")[1])
class Outer:
    def method(self):
        class InMethod:
            pass
        return InMethod
print(Outer().method().__qualname__)
print(Outer.method.__qualname__)
class WithAnn:
    x: int
    y: str = 'a'
print(WithAnn.__annotations__, WithAnn.y)
class NoDoc:
    pass
print(NoDoc.__doc__, NoDoc().__doc__)
class Doc:
    'docstring here'
print(Doc.__doc__, Doc().__doc__)
print(Doc.__module__, Doc().__module__)
