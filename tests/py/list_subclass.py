class L(list):
    def first(self):
        return self[0]
x = L([3, 1, 2])
print(x, len(x), x.first(), type(x).__name__, isinstance(x, list))
x.sort()
x.append(9)
print(x, x + [1], type(x + [1]).__name__, x == [1, 2, 3, 9])
print(sorted(x, reverse=True))
class Stack(list):
    def push(self, v):
        self.append(v)
s = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), s)
class NoDups(list):
    def append(self, v):
        if v not in self:
            super().append(v)
n = NoDups()
for v in [1, 2, 1, 3, 2]:
    n.append(v)
print(n)
