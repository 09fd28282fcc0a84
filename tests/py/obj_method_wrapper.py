x = (5).__add__
print(repr(x).split(' at ')[0], type(x).__name__, x(3), x.__self__, x.__name__, x.__qualname__)
print(repr(object().__str__).split(' at ')[0], [].__len__(), 'ab'.__contains__('a'))
print((5).__add__ == (5).__add__, (5).__add__ == (6).__add__, hash((7).__neg__) == hash((7).__neg__))
class C:
    pass
c = C()
print(c.__repr__().startswith('<__main__.C object'), c.__eq__(c), c.__ne__(1), c.__hash__() == hash(c))
print(type(c.__init__).__name__, c.__init__(), type(C.__init__).__name__)
class D:
    def __init__(self):
        pass
print(type(D().__init__).__name__)
s = super(D, D())
print(type(s.__init__).__name__, s.__init__())
