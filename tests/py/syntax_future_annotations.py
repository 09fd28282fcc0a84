from __future__ import annotations
def f(a: int, b: list[str] | None = None, *, c: 'quoted' = 1) -> dict[str, int]:
    return {}
print(f.__annotations__)
x: tuple[int, ...] = ()
y: Callable[[int], str]
print(__annotations__)
class C:
    attr: C
    other: -1 + 2 * 3
print(C.__annotations__)
