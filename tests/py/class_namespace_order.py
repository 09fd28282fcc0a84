class Ordered:
    z = 1
    a = 2
    def m(self):
        pass
    b = 3
print([k for k in Ordered.__dict__ if not k.startswith('__')])
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        class LoggingDict(dict):
            def __setitem__(self, k, v):
                if not k.startswith('__'):
                    print('define', k)
                super().__setitem__(k, v)
        return LoggingDict()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))
class Logged(metaclass=Meta):
    x = 1
    def y(self):
        pass
print(Logged.x, type(Logged.__dict__).__name__)
