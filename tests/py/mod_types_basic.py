import types, sys
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, ns == types.SimpleNamespace(a=1, b=[2]), ns.a, vars(ns))
ns.c = ns
print(ns)
del ns.c; ns.z = 0
print(ns, ns != types.SimpleNamespace())
def f(): pass
def g(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(isinstance(f.__code__, types.CodeType), isinstance(C.__dict__, types.MappingProxyType), types.NoneType, types.EllipsisType)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp)
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
m = types.ModuleType("mymod", "doc")
m.x = 5
print(m.__name__, m.__doc__, m.x)
D = types.new_class("D", (C,), {}, lambda ns: ns.update(y=2))
print(D.__name__, D.y, issubclass(D, C))
print(types.resolve_bases((int, str)), types.GenericAlias is type(list[int]))
