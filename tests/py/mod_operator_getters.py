from operator import itemgetter, attrgetter, methodcaller
import operator
data = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.2)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(2, 0)), list(map(itemgetter(0), data)))
print(itemgetter(slice(1, None))([1, 2, 3]), itemgetter("k")({"k": 5}), itemgetter(-1)("xyz"))
class P:
    def __init__(self, n, inner=None): self.n = n; self.inner = inner
    def hello(self, greeting, punct="!"): return greeting + " " + str(self.n) + punct
ps = [P(3, P(30)), P(1, P(10)), P(2, P(20))]
print([p.n for p in sorted(ps, key=attrgetter("n"))], attrgetter("inner.n")(ps[0]), attrgetter("n", "inner.n")(ps[1]))
print(methodcaller("hello", "hi")(ps[0]), methodcaller("hello", "yo", punct="?")(ps[1]))
print(repr(itemgetter(1, "a")), repr(attrgetter("x.y")), repr(methodcaller("f", 1, k=2)))
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError", e)
try:
    methodcaller(1)
except TypeError as e:
    print("TypeError", e)
try:
    itemgetter()
except TypeError:
    print("TypeError no args")
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 7), operator.call(max, 1, 2), operator.__not__(0))
print(operator.iconcat([1], (2,)), operator.ipow(2, 5), operator.ixor(5, 1), operator.countOf("banana", "a"))
