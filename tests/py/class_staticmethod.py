class M:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, x):
        return (cls.__name__, x * cls.factor)
    def inst(self):
        return self.add(1, 1), self.make(2)

class N(M):
    factor = 10

print(M.add(1, 2), M().add(3, 4))
print(M.make(1), N.make(1), N().make(2))
print(M().inst(), N().inst())
sm = M.__dict__['add']
cm = M.__dict__['make']
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(5, 6), cm.__func__(M, 1))
print(sm(7, 8))
print(dict.fromkeys('ab', 0))
class D(dict):
    pass
print(type(D.fromkeys('xy')).__name__)
f = M.make
print(f.__self__ is M, f(4))
try:
    staticmethod()
except TypeError as e:
    print(e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(e)
