class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin, name='alpha-plugin'):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name='g'):
    pass
print(sorted(Plugin.registry))
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(object, unknown=1):
        pass
except TypeError as e:
    print(e)

class Counted:
    count = 0
    @classmethod
    def __init_subclass__(cls):
        Counted.count += 1
class C1(Counted): pass
class C2(C1): pass
print(Counted.count)
