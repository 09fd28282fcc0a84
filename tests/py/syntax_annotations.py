x: int = 5
y: 'str'
def f(a: int, b: str = 'x', *args: float, c: bool = True, **kw: dict) -> list:
    z: int = 3
    w: float
    return [a, b, z]
print(f(1), f.__annotations__)
print(__annotations__)
class C:
    a: int
    b: str = 'b'
    def m(self) -> None: pass
print(C.__annotations__, C.b, C.m.__annotations__)
def g(): pass
print(g.__annotations__)
