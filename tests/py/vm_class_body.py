class A:
    x = 1
    y = x + 1
    def m(self):
        return self.x
    print("in body", x, y)
print(A.x, A.y, A().m(), A.__name__, A.__qualname__, A.__module__)
class B(A):
    "B doc"
    x = 10
print(B().m(), B.__doc__, B.__bases__[0].__name__)
def make():
    v = 5
    class Local:
        w = v
        def get(self):
            return v
    return Local
L = make()
print(L.w, L().get(), L.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__)
z = "global"
class Shadow:
    z = "class"
    def f(self):
        return z
print(Shadow().f(), Shadow.z)
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
