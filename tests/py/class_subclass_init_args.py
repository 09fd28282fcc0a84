class ML(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(ML(1, 2))
class MD(dict):
    def __init__(self, a, b):
        super().__init__(x=a, y=b)
print(MD(1, 2))
class MS(set):
    def __init__(self, a, b):
        super().__init__([a, b])
print(sorted(MS(1, 2)))
class MI(int):
    def __new__(cls, a, b):
        return super().__new__(cls, a + b)
    def __init__(self, a, b):
        self.parts = (a, b)
m = MI(1, 2)
print(m, m.parts)
class MStr(str):
    def __new__(cls, a, b):
        return super().__new__(cls, a + b)
print(MStr('a', 'b'))
class MT(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(MT(1, 2, 3))
class ME(Exception):
    def __init__(self, a, b, c=3):
        super().__init__(a)
        self.b = b
e = ME(1, 2, c=5)
print(e.args, e.b)
class MF(float):
    def __init__(self, v, unit):
        self.unit = unit
    def __new__(cls, v, unit):
        return super().__new__(cls, v)
f = MF(2.5, 'm')
print(f, f.unit)
