class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    other = 2
b = B()
b.inst = 3
names = dir(b)
print([n for n in names if not n.startswith('__')])
print(names == sorted(names), '__init__' in names, '__class__' in names)
print([n for n in dir(B) if not n.startswith('__')])
class Custom:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(Custom()))
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
import sys
print('argv' in dir(sys), 'path' in dir(sys))
print([n for n in dir([]) if not n.startswith('_')])
try:
    dir(1, 2)
except TypeError as e:
    print(e)
