class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n, *, times=1):
        return self.v + n * times
c = C(3)
m = c.get
print(m(), c.add(2), c.add(2, times=3), C.get(c))
print(m.__self__ is c, m.__func__ is C.get)
print(c.get == c.get, c.get == C(3).get)
print(type(m).__name__)
f = C.add
print(f(c, 1))
bound = C.get.__get__(c, C)
print(bound())
class D(C):
    def get(self):
        return "D" + str(super().get())
print(D(5).get())
ms = [C(i).get for i in range(3)]
print([x() for x in ms])
print(repr(c.get).startswith("<bound method C.get of <__main__.C object at "))
