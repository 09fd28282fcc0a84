print(..., Ellipsis is ..., None, True, False, type(...).__name__)
def stub(): ...
print(stub())
x = [..., None]
print(x)
print(True + True, False * 3, None is None)
