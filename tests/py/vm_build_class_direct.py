import builtins
def body():
    x = 1
calls = []
class Tracked(type):
    def __new__(m, name, bases, ns, **kw):
        calls.append((name, kw))
        return super().__new__(m, name, bases, ns)
class A(metaclass=Tracked, extra=1):
    pass
print(calls)
class Entry:
    def __mro_entries__(self, bases):
        return (object,)
class W(Entry()):
    pass
print(W.__bases__, W.__orig_bases__[0].__class__.__name__)
try:
    builtins.__build_class__()
except TypeError as e:
    print(e)
try:
    builtins.__build_class__(1, "x")
except TypeError as e:
    print(e)
