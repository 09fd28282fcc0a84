class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
class Sub(Box):
    pass
print(Sub[3])
class Plain:
    pass
try:
    Plain[0]
except TypeError as e:
    print(e)
try:
    Plain()[0]
except TypeError as e:
    print(e)
