# dataclass-like decorator
def dataclass(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args, **kw):
        for f, a in zip(fields, args):
            setattr(self, f, a)
        for k, v in kw.items():
            setattr(self, k, v)
        for f in fields:
            if not hasattr(self, f):
                setattr(self, f, getattr(cls, f))
    def __repr__(self):
        return cls.__name__ + '(' + ', '.join(f'{f}={getattr(self, f)!r}' for f in fields) + ')'
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls

@dataclass
class Item:
    name: str
    qty: int = 1
    price: float = 0.0

a = Item('apple', 3, 0.5)
b = Item('apple', qty=3, price=0.5)
print(a, a == b, a != b, Item('x'))
try:
    hash(a)
except TypeError as e:
    print(e)

# enum-like
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {}
        for k, v in list(ns.items()):
            if not k.startswith('_') and isinstance(v, int):
                inst = object.__new__(cls)
                inst.name, inst.value = k, v
                cls._members[k] = inst
                setattr(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f'<{type(self).__name__}.{self.name}: {self.value}>'
    def __str__(self):
        return f'{type(self).__name__}.{self.name}'
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), Color['GREEN'], repr(Color.BLUE), Color.RED is Color['RED'])
print(isinstance(Color.RED, Color), type(Color).__name__)

# visitor with getattr dispatch
class Visitor:
    def visit(self, node):
        m = getattr(self, 'visit_' + type(node).__name__, self.generic)
        return m(node)
    def generic(self, node):
        return 'generic ' + type(node).__name__
class Num:
    def __init__(self, v): self.v = v
class Add:
    def __init__(self, l, r): self.l, self.r = l, r
class Eval(Visitor):
    def visit_Num(self, n): return n.v
    def visit_Add(self, n): return self.visit(n.l) + self.visit(n.r)
print(Eval().visit(Add(Num(1), Add(Num(2), Num(3)))), Eval().visit('s'))

# descriptors: typed & cached property
class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.attrname = name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        val = self.func(inst)
        inst.__dict__[self.attrname] = val
        return val
class Data:
    calls = 0
    @cached_property
    def total(self):
        "sum"
        Data.calls += 1
        return 42
d = Data()
print(d.total, d.total, Data.calls, Data.total.__doc__, 'total' in vars(d))

# operator total ordering via mixin
class Ordered:
    def __le__(self, o): return self < o or self == o
    def __gt__(self, o): return not self <= o
    def __ge__(self, o): return not self < o
class Ver(Ordered):
    def __init__(self, s): self.t = tuple(map(int, s.split('.')))
    def __lt__(self, o): return self.t < o.t
    def __eq__(self, o): return self.t == o.t
    def __repr__(self): return 'Ver(%s)' % '.'.join(map(str, self.t))
vs = [Ver('1.10'), Ver('1.2'), Ver('1.2.1'), Ver('0.9')]
print(sorted(vs), max(vs), Ver('1.0') <= Ver('1.0'), Ver('2.0') > Ver('1.9'), Ver('1') >= Ver('2'))

# context manager class with exception info
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.caught = et
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as s:
    {}['x']
print(s.caught.__name__)

# iterator protocol classes
class Fib:
    def __init__(self, n): self.n = n
    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.n):
            yield a
            a, b = b, a + b
print(list(Fib(10)), sum(Fib(20)), 13 in Fib(10))
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f'Matrix({self.rows})'
    def __eq__(self, o): return self.rows == o.rows
    def __getitem__(self, ij): return self.rows[ij[0]][ij[1]]
m = Matrix([[1, 2], [3, 4]])
print(m @ m, (m @ m)[1, 0], m == Matrix([[1, 2], [3, 4]]))
