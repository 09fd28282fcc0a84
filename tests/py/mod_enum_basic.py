from enum import *
class Color(Enum):
    RED = 1; GREEN = 2; BLUE = 3; CRIMSON = 1
print(list(Color), Color.__members__, Color.CRIMSON, repr(Color), len(Color))
print(format(Color.RED), f"{Color.RED:>12}", str(Color.RED), Color.RED.__class__)
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
try:
    class More(Color): PINK = 7
except Exception as e: print(type(e).__name__, e)
class A(int, Enum):
    X = 1
print(format(A.X), str(A.X), repr(A.X), A.X + 1)
class I(IntEnum):
    X = 1; Y = auto()
print(format(I.X), str(I.X), repr(I.X), I.Y, I.X + 1, I(2), [i for i in I])
class P(Flag):
    R = auto(); W = auto(); X = auto(); RW = R | W
print(list(P), P.__members__.keys(), P._member_names_)
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), repr(~P.R), P.RW, list(P.R|P.X), len(P.R|P.X), P.R in P.RW, bool(P(0)))
try: P(8)
except Exception as e: print(type(e).__name__, e)
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP.R|IP.W), str(IP.R|IP.W), repr(~IP.R), IP(8), repr(IP(8)), IP.R | 8, repr(IP(0)), format(IP.R))
class S(StrEnum):
    A = auto(); B = 'bee'
print(repr(S.A), str(S.A), S.B == 'bee', format(S.A), S.A.upper())
try:
    @unique
    class U(Enum):
        A = 1; B = 1; C = 2; D = 2
except ValueError as e: print(e)
F = Enum('F', 'a b c')
print(list(F), F.a.value, repr(Enum('G', [('x', 10), ('y', 20)]).x))
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, repr(Planet.EARTH))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), Color['GREEN'])
print(dir(Color))
print(dir(Color.RED))
