class A:
    def f(self): return 'A.f'
class B(A): pass
print(B.f is A.f, B().f.__func__ is A.f, A.__dict__['f'] is A.f)
print(type(A.__dict__['__dict__']).__name__, A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__objclass__ is A)
print(object.__dict__['__class__'])
print(len([k for k in object.__dict__ if k.startswith('__')]) > 15)
print(int.__dict__['__add__'].__objclass__, int.__dict__['__add__'].__name__)
print(type(int.__dict__['__new__']).__name__, int.__new__(int, 5))
print(type(object.__dict__['__init_subclass__']).__name__, type(object.__dict__['__subclasshook__']).__name__)
print(type(dict.__dict__['fromkeys']).__name__)
print(A.__init__ is object.__init__, A().__init__.__self__.__class__ is A)
class M(type):
    def __len__(cls): return 3
class K(metaclass=M): pass
print(len(K), type(K).__len__(K))
class Str:
    def __str__(self): return 'S'
print(f'{Str()!s}', '%s' % Str(), str(Str()), format(Str()))
class Rep:
    def __repr__(self): return 'R'
print(f'{Rep()!r}', '%r' % Rep(), '%s' % Rep(), [Rep()], {Rep(): Rep()}, (Rep(),))
class Num:
    def __index__(self): return 2
print('ab' * Num(), [0] * Num(), (1,) * Num(), range(Num()), bin(Num()), hex(Num()), oct(Num()))
print(chr(65 + Num()) if True else '', round(1.5), pow(Num(), Num()))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'C{self.v}'
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(4), Cmp(2)))
