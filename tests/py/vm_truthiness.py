class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
for v in (0, 1, 0.0, 2.5, "", "a", [], [0], {}, (), None, T(), L(), N(), 10**30, -1):
    print(bool(v), end=" ")
    if v:
        print("T", end=" ")
    else:
        print("F", end=" ")
print()
class Bad:
    def __bool__(self):
        return 1
try:
    if Bad():
        pass
except TypeError as e:
    print(e)
