class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(range(I(5)), list(range(I(1), I(7), I(2))), range(10)[I(3)], list(range(10)[I(1):I(5)]))
print([0, 1, 2, 3][I(2)], (5, 6)[I(-1)], "abc"[I(1)], [1, 2, 3, 4][I(1):I(3)])
class B(int):
    pass
print(B(3) in range(5), range(5).index(B(2)), range(5).count(True))
print(True in range(2), False in range(1, 3))
