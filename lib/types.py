"""Names for the interpreter's built-in types (Leones).

Each name is bound to the type of a sample object, so the values are the
runtime's real types.  SimpleNamespace is written here in Python;
new_class/prepare_class/resolve_bases follow the documented class-creation
protocol.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = None  # defined below
CellType = type((lambda x: lambda: x)(0).__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    __slots__ = ("_a",)

    def _m(self):
        pass


MethodType = type(_C()._m)
MemberDescriptorType = type(_C.__dict__["_a"])
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)
GetSetDescriptorType = type(type.__dict__["__dict__"])
FrameType = type(sys._getframe())
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
del _f, _g, _C


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was created with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        active = _repr_running
        key = id(self)
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if key in active:
            return name + "(...)"
        active.add(key)
        try:
            items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            active.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = set()
SimpleNamespace.__module__ = "types"


def resolve_bases(bases):
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        changed = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not changed:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute(property):
    """A property that, looked up on the class, defers to the class's __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    raise NotImplementedError("types.coroutine: coroutines are not supported by Leones yet")
