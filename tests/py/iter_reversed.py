print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed([])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
for obj in [5, {1, 2}, NoRev(), iter([1]), None]:
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed((1, 2))
print(iter(r) is r, next(r), next(r), next(r, "end"), type(r).__name__)
r = reversed(Seq())
print(r.__length_hint__())
try:
    reversed()
except TypeError as e:
    print(type(e).__name__, e)
