import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr(2 ** 200), reprlib.repr((1, (2, (3, (4, (5, (6,))))))), reprlib.repr([[[[[[1]]]]]]))
print(reprlib.repr(frozenset(range(10))), reprlib.repr(()), reprlib.repr('a' * 10), reprlib.repr([[[[[[[1]]]]]]]))
print(reprlib.repr("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF"), reprlib.repr((1,)), reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr({}))
class X:
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<X %r>' % self.l
x = X(); x.l = [x]
print(x, X.__repr__.__name__)
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr("b" * 50), r.repr(["q" * 20]))
