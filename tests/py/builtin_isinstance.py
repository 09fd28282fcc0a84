class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, object))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(int, int), issubclass(B, object))
print(isinstance(1, ((str,), (float, int))))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
class Any(metaclass=Meta): pass
print(isinstance(42, Any), isinstance(41, Any))
tests = [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1),
         lambda: isinstance(1, int, 2)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
