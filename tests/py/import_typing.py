from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, Set, cast
import typing
T = TypeVar('T')
def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {str(v): v for v in x}
print(f([1, 2]), f.__annotations__['x'], f.__annotations__['y'], f.__annotations__['return'])
print(Union[int, str], Union[int, None], Optional[int] == Union[int, None], Tuple[int, ...], Callable[[int, str], bool])
print(Any, T, List, cast(int, 'x'), Union[int, int], Dict[str, List[int]])
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box(5).item, typing.get_args(Dict[str, int]), typing.get_origin(List[int]) is list, typing.TYPE_CHECKING)
