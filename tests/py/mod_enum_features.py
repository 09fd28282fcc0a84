from enum import *
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP.R|8), str(IP.R|8), repr(IP(0)|IP.R))
class C(Enum):
    A = 1
    def describe(self): return self.name.lower()
    @classmethod
    def first(cls): return list(cls)[0]
    _ignore_ = ['tmp']
    tmp = 5
print(C.A.describe(), C.first(), hasattr(C, 'tmp'))
class D(Enum):
    def _generate_next_value_(name, start, count, last_values): return name * 2
    A = auto(); B = auto()
print(list(D))
class E(Enum):
    X = 1
    @classmethod
    def _missing_(cls, v): return cls.X
print(E(99), E.X.__class__.__mro__, IntEnum.__mro__, Flag.__mro__, IntFlag.__mro__, StrEnum.__mro__)
print(type(Enum), EnumMeta is EnumType, repr(Flag), repr(IP), IP.__members__)
print(isinstance(IP.R, int), IP.R == 4, I if False else 0)
print(list(reversed(C)), C.A in C, C.A.value.__class__)
class Ord(IntEnum):
    A = 1; B = 2
print(Ord.A < Ord.B, sorted([Ord.B, Ord.A]), Ord.A.real, Ord(1), {Ord.A: 1})
print(Enum('Z', 'a, b').__members__, Enum('Z', {'q': 5}).q)
try: Enum('Z', 'a')('b')
except ValueError as e: print(e)
print(repr(C.A._value_), C.A._name_, C._member_map_, C._value2member_map_)
class W(Enum):
    _order_ = 'A B'
    A = 1; B = 2
print(list(W))
print(str(IP.R|IP.W|IP.X), list(IP), IP.R.value, ~IP(0), IP.R ^ IP.W, IP.R & IP.W)
