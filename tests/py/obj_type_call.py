print(type(1), type('a'), type([]), type(type), type(None), type(print))
T = type('T', (), {})
print(T, T.__bases__, type(T()).__name__)
U = type('U', (T, dict), {'x': 1})
u = U(a=1)
print(U.__mro__[1:], u, u.x, u['a'])
for args in [(), (1, 2), ('a', (), {}, 1)]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
try:
    type('X', 1, {})
except TypeError as e:
    print(e)
try:
    type('X', (), 1)
except TypeError as e:
    print(e)
try:
    type('X', (1,), {})
except TypeError as e:
    print(e)
print(type.__call__(int, '5'), type.__new__(type, 'N', (), {}).__name__)
print(int.__class__, type.__class__, object.__class__)
