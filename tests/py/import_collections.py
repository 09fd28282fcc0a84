from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), list(d), 2 in d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extend('ab'); d.extendleft('xy'); print(d, d.count('a'), d.index('a'))
m = deque(range(5), maxlen=3)
print(m, m.maxlen); m.append(9); print(m); m.appendleft(7); print(m)
for _ in range(100):
    d.append(_)
    d.popleft()
print(len(d), list(d)[:3], deque() == deque([]), deque([1]) < deque([2]))
try:
    deque().pop()
except IndexError as e:
    print(e)
dd = defaultdict(list)
dd['a'].append(1); dd['b']; dd['a'].append(2)
print(dd, dict(dd), dd['zz'], len(dd))
ci = defaultdict(int, {'x': 5})
ci['y'] += 2
print(sorted(ci.items()))
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError', e)
c = Counter('abracadabra')
print(c, c['a'], c['zzz'], c.most_common(2), sorted(c.elements())[:4], c.total())
c.update('aaz'); c.subtract({'a': 1})
print(c['a'], c['z'], Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=1, b=2))
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(a=2) | Counter(a=1, b=1), Counter(a=2, b=1) & Counter(a=1))
o = OrderedDict([('b', 1), ('a', 2)])
o['c'] = 3
o.move_to_end('b')
print(o, list(o), o.popitem(), o.popitem(last=False), OrderedDict())
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], tuple(p), p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields)
a, b = p
print(a + b, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), len(p))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: namedtuple('Q', 'a a'),
            lambda: namedtuple('Q', '_a'), lambda: namedtuple('Q', 'a-b')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.new_child()['b'])
