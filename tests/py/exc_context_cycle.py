try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise TypeError('b')
        except TypeError as b:
            raise a
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.__context__ is None)
e1 = ValueError(1)
e2 = TypeError(2)
e1.__context__ = e2
e2.__context__ = e1
print(e1.__context__ is e2, e2.__context__ is e1)
try:
    try:
        raise e1
    except ValueError:
        raise e2
except TypeError as t:
    print(t.__context__ is e1, e1.__context__)
