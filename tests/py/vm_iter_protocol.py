class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(It(3)))
for x in It(2):
    print(x)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), [v for v in Seq()])
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
d = {"a": 1, "b": 2}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
for ch in "hi":
    print(ch)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(2 ** 60, 2 ** 60 + 2):
    print(i)
