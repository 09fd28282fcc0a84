from functools import singledispatch, singledispatchmethod, partialmethod
@singledispatch
def show(x):
    return "obj " + repr(x)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "")
class A:
    @singledispatchmethod
    def go(self, x):
        return "default"
    @go.register
    def _(self, x: str):
        return "str"
print(A().go(1), A().go("s"))
class B:
    def set(self, k, v): return (k, v)
    setx = partialmethod(set, "x")
print(B().setx(5))
