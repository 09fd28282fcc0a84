def outer():
    x = 'fx'
    y = 'fy'
    class A:
        x = 'cx'
        def m(self):
            return x, y
        z = x
        w = [x for _ in range(1)]
        v = (lambda: x)()
        def n(self):
            nonlocal y
            y = 'changed'
            return y
    a = A()
    return a.m(), A.z, A.w, A.v, a.n(), a.m()
print(outer())
def outer2():
    v = 1
    class B:
        nonlocal v
        v = 2
    return v
print(outer2())
class C:
    a = 1
    b = [a for _ in range(0)]
    try:
        c = [a for _ in range(1)]
    except NameError as e:
        c = str(e)
print(C.b, C.c)
def f():
    class D:
        def g(self):
            return __class__
        def h(self):
            return super().__class__
    return D().g().__name__, D().h()
print(f())
def g():
    items = []
    class E:
        items.append('class body sees enclosing')
        k = len(items)
    return E.k, items
print(g())
x = 'global'
class F:
    x = 'F'
    class G:
        y = x
print(F.G.y)
def deep():
    a = 1
    def mid():
        class H:
            def get(self):
                return a
        return H().get()
    return mid()
print(deep())
def comp_in_method():
    class I:
        data = [1, 2, 3]
        def total(self):
            return sum(v * k for k, v in enumerate(self.data))
    return I().total()
print(comp_in_method())
