from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X
print(list(Perm), Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RWX, repr(Perm(7)))
print(Perm.R in Perm.RWX, Perm.W in (Perm.R | Perm.X), bool(Perm(0)), repr(~Perm.R), repr(~Perm.RWX))
print((Perm.R | Perm.W) & Perm.W, (Perm.R | Perm.W) ^ Perm.R, len(Perm.RWX), list(Perm.R | Perm.X))
print(Perm.R.value, Perm.RWX.name, (Perm.R | Perm.W).name, Perm(0).name)
class Color(IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4
c = Color.RED | Color.BLUE
print(c, repr(c), c == 5, c + 1, isinstance(c, int), Color(3), repr(Color(0)), repr(Color(9)))
print(Color.RED | 2, repr(Color.RED | 2), 2 | Color.RED, repr(~Color.RED), Color.GREEN in c)
class Opt(Flag):
    NONE = 0
    A = 1
    B = 2
print(list(Opt), Opt.NONE, repr(Opt(0)), Opt.A | Opt.B)
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
