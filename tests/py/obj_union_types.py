u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | str | int, (int | str) | float)
print(isinstance(1, u), isinstance(1.5, u), isinstance(None, int | None), issubclass(bool, int | str))
print(int | str == str | int, hash(int | str) == hash(str | int), int | int)
class C: pass
print(C | None)
def f(x: int | None = None) -> list | dict:
    return x
print(f.__annotations__)
try:
    int | 3
except TypeError as e:
    print(e)
