from dataclasses import dataclass, field, KW_ONLY, InitVar, make_dataclass, fields
from typing import ClassVar, List
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: ClassVar[int] = 5
    d: InitVar[int] = 0
    def __post_init__(self, d):
        self.extra = d * 2
k = K(1, b=3, d=9)
print(k, K.c, k.extra, [f.name for f in fields(K)])
try:
    K(1, 2)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class KO:
    a: int
    b: int = 0
print(KO(a=1), KO(b=2, a=3))
@dataclass(slots=True)
class S:
    a: int
    b: str = "s"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
M = make_dataclass("M", ["a", ("b", int), ("c", int, field(default=3))], namespace={"total": lambda self: self.a + self.b + self.c})
m = M(1, 2)
print(m, m.total())
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: List[int] = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, []))
try:
    @dataclass
    class Q:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class R:
        a: list = []
except ValueError as e:
    print(e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
@dataclass(eq=True, frozen=True)
class Pt:
    x: float
    y: float
print(len({Pt(1, 2), Pt(1, 2), Pt(2, 1)}))
@dataclass
class WithMeta:
    a: int = field(default=1, metadata={"unit": "m"})
print(fields(WithMeta)[0].metadata["unit"])
