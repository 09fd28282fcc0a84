class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return 'plain add'
    def __isub__(self, x):
        return NotImplemented
    def __sub__(self, x):
        return 'sub fallback'
    def __imul__(self, x):
        return 'imul result'

a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 5
print(a)
c = Acc()
c *= 3
print(c)

class OnlyAdd:
    def __add__(self, o):
        return 'add used'
x = OnlyAdd()
x += 1
print(x)

class Nothing:
    pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print(e)
try:
    n **= 2
except TypeError as e:
    print(e)
l = [1]
l2 = l
l += [2]
print(l is l2, l)
t = (1,)
t2 = t
t += (2,)
print(t is t2, t)
