from typing import TypeVar, Generic, List, Dict, Optional, Union, Callable, Tuple, Any, Protocol, runtime_checkable, get_type_hints, Iterator, Sequence
import typing
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__parameters__, Stack[int], type(s).__name__, Stack.__mro__[1:])
class Pair(Generic[K, V]):
    pass
print(Pair[str, int], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError", e)
class IntStack(Stack[int]):
    pass
print(IntStack.__mro__[1:], IntStack.__parameters__, IntStack().items)
D = Dict[K, List[V]]
print(D, D[str, int], D.__parameters__)
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
print(isinstance([], List), issubclass(dict, typing.Mapping), isinstance({}, typing.Dict), isinstance(iter([]), Iterator))
try:
    List()
except TypeError as e:
    print("TypeError", e)
print(Union[int, str] == Union[str, int], Union[int, Union[str, float]], Optional[int] == Union[int, None], Union[int, int])
print(Callable[[int, str], bool], Callable[[], None], Tuple[int, str], Tuple[int, ...])
print(typing.get_args(Callable[[int], str]), typing.get_origin(Callable[[int], str]), typing.get_args(Tuple[int, ...]))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(str, HasLen))
class NotRt(Protocol):
    def x(self) -> int: ...
try:
    isinstance(1, NotRt)
except TypeError as e:
    print("TypeError", e)
class C:
    a: int
    b: "List[str]"
    c: Optional["C"] = None
print(get_type_hints(C))
def fn(x: int, y: "str" = "a") -> Optional[int]:
    return None
print(get_type_hints(fn), typing.SupportsInt, isinstance(3.5, typing.SupportsInt), isinstance("x", typing.SupportsIndex))
print(repr(Any), repr(typing.NoReturn), repr(typing.ClassVar[int]), repr(typing.Literal[1, "a", True]))
