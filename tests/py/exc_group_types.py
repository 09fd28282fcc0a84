print([c.__name__ for c in (ArithmeticError, LookupError, OSError) for c in c.__subclasses__()][:3])
print(sorted(c.__name__ for c in ConnectionError.__subclasses__()))
print(sorted(c.__name__ for c in UnicodeError.__subclasses__()))
print(sorted(c.__name__ for c in Warning.__subclasses__())[:5])
print(BaseException.__name__, BaseException.__module__, ValueError.__qualname__)
print(repr(ValueError), repr(OSError), str(KeyError))
print(ValueError.__doc__ is None or isinstance(ValueError.__doc__, str))
try:
    ValueError.foo = 1
except TypeError as e:
    print(e)
