class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'
    def double(self):
        return MyInt(self * 2)

m = MyInt(21)
print(m, m + 1, type(m + 1).__name__, m.double(), m == 21, hash(m) == hash(21))
print(isinstance(m, int), int(m), type(int(m)).__name__, m.real)
m.note = 'hi'
print(m.note)
big = MyInt(2 ** 80)
print(big > 2 ** 79, big % 7)

class Flag(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
f = Flag(3, 'three')
print(f, f.label, f * 2, [10, 20, 30, 40][f])

class MyFloat(float):
    pass
x = MyFloat(1.5)
print(x, x * 2, type(x).__name__, isinstance(x, float))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hey')
print(s, s.shout(), len(s), s + 'x', type(s + 'x').__name__, s == 'hey')
class MyTuple(tuple):
    @property
    def first(self):
        return self[0]
t = MyTuple([1, 2, 3])
print(t, t.first, len(t), type(t).__name__)
