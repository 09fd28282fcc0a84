import string, operator, copy
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), string.capwords('hello  big world'))
print(operator.add(1, 2), operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3))
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)), operator.methodcaller('upper')('x'), operator.neg(5))
print(operator.contains([1, 2], 2), operator.indexOf('abc', 'c'), operator.countOf([1, 1, 2], 1), operator.mul(3, 4))
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self):
        self.items = [1]
p = P()
q = copy.deepcopy(p)
q.items.append(2)
print(p.items, q.items, copy.copy(p).items is p.items)
rec = []
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[0] is r2)
