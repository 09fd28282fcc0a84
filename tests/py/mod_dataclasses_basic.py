from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
print(P(1), P(1, 2) == P(1, 2), P(1) != P(2), P.__init__.__qualname__, P(1, z=[3]))
try:
    P()
except TypeError as e:
    print(e)
try:
    P(1, 2, 3, 4)
except TypeError as e:
    print(e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "x"
f = F(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.a
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(f < F(2), f <= F(1), F(2) > f, sorted([F(3), F(1, "b"), F(1, "a")]), {f: 1}[F(1)])
print(asdict(P(1, 2, [P(3)])), astuple(P(1)), [x.name for x in fields(P)], replace(P(1), y=5))
try:
    F(1) < P(1)
except TypeError as e:
    print(e)
@dataclass
class PI:
    a: int
    b: int = field(init=False)
    c: int = field(default=7, repr=False, compare=False)
    def __post_init__(self):
        self.b = self.a * 2
print(PI(3), fields(PI)[1].name, fields(PI)[1].init, PI(1) == PI(1, 9))
@dataclass(repr=False, eq=False)
class N:
    a: int
print(N(1) == N(1), is_dataclass(N), is_dataclass(N(1)), is_dataclass(int), hasattr(P, "__hash__") and P.__hash__ is None)
@dataclass
class Base:
    x: int = 1
    def total(self): return self.x
@dataclass
class Derived(Base):
    y: int = 2
    def total(self): return self.x + self.y
print(Derived(), Derived(5, 6), Derived(5, 6).total(), [f.name for f in fields(Derived)])
try:
    replace(PI(1), b=3)
except ValueError as e:
    print(e)
print(P.__match_args__)
