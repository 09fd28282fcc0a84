class Bag:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __len__(self):
        return len(self.d)

b = Bag()
b['x'] = 1
b[2] = 'two'
print(b['x'], b[2], len(b), 'x' in b, 'y' in b, 'y' not in b)
del b['x']
print(len(b), 'x' in b)
try:
    b['missing']
except KeyError as e:
    print('KeyError', e)

class Slicer:
    def __getitem__(self, k):
        return k
s = Slicer()
print(s[1], s[1:2], s[::3], s[1, 2], s[...])

class RO:
    def __getitem__(self, k):
        return k
try:
    RO()[0] = 1
except TypeError as e:
    print(e)
try:
    del RO()[0]
except TypeError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
class Cont:
    def __contains__(self, x):
        return x == 3
print(3 in Cont(), 4 in Cont())
try:
    1 in 5
except TypeError as e:
    print(e)
