o = object()
print(type(o).__name__, str(o).startswith('<object object at 0x'))
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(o == o, o != o, o == object(), hash(o) == hash(o))
print(object.__name__, object.__bases__, object.__mro__)
print(isinstance(o, object), isinstance(5, object), isinstance(int, object), issubclass(type, object))
print(type(object), type(type), isinstance(object, type))
print(o.__class__ is object, object.__class__ is type)
print(o.__eq__(o), o.__eq__(1), o.__ne__(o), o.__ne__(1))
print(o.__format__('') == str(o), format(o, '') == str(o))
try:
    format(o, 'x')
except TypeError as e:
    print(e)
print(object.__doc__.split('\n')[0])
print('__init__' in dir(o), '__repr__' in dir(object), '__class__' in dir(o))
print(o.__sizeof__() > 0, o.__reduce_ex__ is not None)
