class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('Base.eq')
        return NotImplemented
    def __lt__(self, o):
        print('Base.lt')
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print('Derived.eq')
        return True
    def __gt__(self, o):
        print('Derived.gt')
        return True
print(Base(1) == Derived(2))
print(Base(1) < Derived(2))
print(Derived(1) == Base(2))
print(Base(1) == Base(1))
print(Base(1) != Base(2))
try:
    Base(1) < Base(2)
except TypeError as e:
    print(e)
class G:
    def __ge__(self, o):
        return 'G.ge'
print(1 <= G(), G() >= 1)
