class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created')
        return cls._inst
    def __init__(self, v):
        print('init', v)
        self.v = v

a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())

class WithNew:
    def __new__(cls, x):
        o = object.__new__(cls)
        o.x = x
        return o
print(WithNew(7).x)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print(e)
class InitOnly:
    def __init__(self):
        pass
try:
    InitOnly(1)
except TypeError as e:
    print(e)
class NewOnly:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
try:
    NewOnly(1)
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
