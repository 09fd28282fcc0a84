print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance('s', (list, (tuple, str))), isinstance([], ()), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(list, list))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance('other', Magic), isinstance(Magic(), Magic))
print(issubclass(str, Magic), issubclass(int, Magic), issubclass(Magic, Magic))

class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(isinstance(f, int), isinstance(f, Fake), type(f).__name__)
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
