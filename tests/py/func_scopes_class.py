x = "module"
class A:
    x = "class"
    def f(self):
        return x
    g = lambda self: x
    comp = [x for _ in range(1)]
print(A().f(), A().g(), A.comp)
def outer():
    y = "outer"
    class B:
        y = "class"
        def f(self):
            return y
        z = y
    return B
B = outer()
print(B().f(), B.z)
def outer2():
    v = 1
    class K:
        nonlocal_v = v
        def get(self):
            return v
    v = 2
    return K
K = outer2()
print(K.nonlocal_v, K().get())
