class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = 'mine'
    def total(self):
        return sum(self)
    def __repr__(self):
        return 'MyList' + super().__repr__()

m = MyList([3, 1, 2])
m.append(10)
print(m, len(m), m.total(), m.tag, m[0], m[-1])
m.sort()
print(m, isinstance(m, list), type(m).__name__)
print(m + [1], type(m + [1]).__name__)
print([x * 2 for x in m])
m.extra = 5
print(m.extra, sorted(m.__dict__))

class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s)

class CountingList(list):
    def __len__(self):
        return super().__len__() * 100
print(len(CountingList([1, 2])), bool(CountingList()))
class GetL(list):
    def __getitem__(self, i):
        return 'item%s' % i
g = GetL([1, 2])
print(g[0], list(g))
