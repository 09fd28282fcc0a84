import typing
from typing import *
print([n for n in ["TypedDict", "Literal", "Final", "Annotated", "ParamSpec", "Concatenate", "TypeAlias", "get_type_hints", "DefaultDict", "OrderedDict", "Deque", "ChainMap", "Counter", "SupportsFloat", "SupportsIndex", "Pattern", "Match", "IO", "TextIO", "BinaryIO", "NewType", "NoReturn", "ClassVar", "AsyncIterator", "Awaitable", "ContextManager", "Type", "FrozenSet", "Text", "AnyStr", "runtime_checkable", "dataclass_transform", "assert_never", "reveal_type", "Unpack", "TypeVarTuple", "LiteralString", "Required", "NotRequired", "TypeGuard", "is_typeddict", "get_origin", "get_args", "ForwardRef", "Reversible", "AbstractSet", "MutableSequence", "ItemsView", "KeysView", "ValuesView"] if not hasattr(typing, n)])
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m))
UserId = NewType("UserId", int)
print(UserId(5), Literal["a", "b"], Final[int], Annotated[int, "m"])
def f(x: "int", y: List[int]) -> None: pass
print(get_type_hints(f))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(isinstance([], typing.List) if False else 0, issubclass(list, typing.Sequence) if False else 0)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
import io
print(isinstance(io.StringIO(), Closer), isinstance(3, Closer))
T = TypeVar("T", bound=int)
print(T, T.__bound__ if hasattr(T, "__bound__") else None, TypeVar("S", int, str).__constraints__)
print(Callable[..., int], Tuple[()], Type[int], Union[int], Optional[Union[int, str]], Union[int, None])
print(List["int"], Dict)
print(typing.Iterable[int] == typing.Iterable[int], hash(List[int]) == hash(List[int]))
class G(Generic[T]): pass
print(G[int], G.__parameters__ if hasattr(G, "__parameters__") else None)
