print(list[int], dict[str, list[int]], tuple[int, ...], set[float], frozenset[str], tuple[()])
print(list[int]([1, 2]), dict[str, int](a=1), list[int] == list[int], list[int] == list[str])
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__)
def f(x: list[int], y: "dict[str, int]" = None) -> tuple[int, str]:
    return (1, "a")
print(f.__annotations__)
class C:
    pass
print(list[C], dict[int, C])
print(type(list[int]).__name__)
print(list[int].append)
class A(list[int]):
    pass
a = A([1])
print(a, A.__mro__, A.__orig_bases__ if hasattr(A, "__orig_bases__") else "")
