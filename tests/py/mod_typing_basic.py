from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, NamedTuple, Optional, Protocol, Tuple,
                    TypeVar, Union, cast, overload, TYPE_CHECKING, Sequence, Set)
def f(a: List[int], b: Optional[str] = None) -> Dict[str, int]:
    return {b or "k": sum(a)}
print(f([1, 2]), f.__annotations__["a"], TYPE_CHECKING, cast(int, "x"))
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str])
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(3).get(), Box[int](4).item, T)
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("a")
print(e, e.id, Emp._fields, Emp("b", 5), e._asdict())
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hi"
def use(g: Greeter) -> str:
    return g.greet()
print(use(En()))
@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x):
    return x
print(h(3), Any, Iterable[int], Sequence[str])
x: Set[int] = {1}
print(x)
