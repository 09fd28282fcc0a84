nan = float("nan")
t = (nan,)
print(t == t, [nan] == [nan], t.count(nan), nan in t)
class E:
    def __eq__(self, other):
        print("eq called")
        return True
e = E()
print((e,) == (e,))
print((E(),) == (E(),))
class Ord:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
print((Ord(1), Ord(2)) < (Ord(1), Ord(3)))
print([Ord(1), Ord(5)] > [Ord(1), Ord(3)])
