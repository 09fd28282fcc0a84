"""Type hints (Leones): a small typing module.

Enough for annotated programs to run: the common names exist, can be
subscripted (typing.List[int], Optional[str], Callable[[int], str], ...) and
print like CPython's. No runtime type checking is done, as in CPython.
"""

import collections as _collections

TYPE_CHECKING = False

__all__ = ["Any", "Callable", "ClassVar", "Dict", "Final", "FrozenSet", "Generic", "Iterable", "Iterator", "List",
           "Literal", "NamedTuple", "NoReturn", "Optional", "Protocol", "Sequence", "Set", "Tuple", "Type",
           "TypeVar", "Union", "cast", "overload", "no_type_check", "get_type_hints", "TYPE_CHECKING", "Mapping",
           "MutableMapping", "Generator", "Deque", "DefaultDict", "Counter", "Awaitable", "Coroutine", "Hashable",
           "Sized", "Collection", "MutableSequence", "AbstractSet", "MutableSet", "Text", "AnyStr", "SupportsInt",
           "Never", "Self", "final", "runtime_checkable", "get_origin", "get_args"]


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    if t is ...:
        return "..."
    if t is None or t is type(None):
        return "None"
    return repr(t)


class _GenericAlias:
    """X[args]: remembers what was subscripted and with what."""

    def __init__(self, name, origin, args):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if self._name == "Optional":
            return "typing.Optional[%s]" % _type_repr(self.__args__[0])
        if self._name == "Callable" and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = "[%s]" % ", ".join(_type_repr(a) for a in self.__args__[0])
            return "typing.Callable[%s, %s]" % (params, _type_repr(self.__args__[1]))
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError("Type %s cannot be instantiated" % self._name)

    def __getitem__(self, params):
        return self

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialName:
    """A typing name (List, Optional, ...) that can be subscripted."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            return Union[params[0], None]
        if name == "Union":
            flat = []
            for p in params:
                if isinstance(p, _GenericAlias) and p._name in ("Union", "Optional"):
                    items = p.__args__
                else:
                    items = (type(None) if p is None else p,)
                for i in items:
                    if i not in flat:
                        flat.append(i)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                return _GenericAlias("Optional", Union, (other, type(None)))
            return _GenericAlias("Union", Union, tuple(flat))
        if name == "Callable" and len(params) == 2:
            return _GenericAlias(name, self.__origin__, (params[0], params[1]))
        return _GenericAlias(name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError("%r cannot be used with isinstance()" % self)


Any = _SpecialName("Any")
NoReturn = _SpecialName("NoReturn")
Never = _SpecialName("Never")
Self = _SpecialName("Self")
ClassVar = _SpecialName("ClassVar")
Final = _SpecialName("Final")
Literal = _SpecialName("Literal")
Union = _SpecialName("Union")
Optional = _SpecialName("Optional")
Callable = _SpecialName("Callable")
Type = _SpecialName("Type", type)
List = _SpecialName("List", list)
Dict = _SpecialName("Dict", dict)
Set = _SpecialName("Set", set)
FrozenSet = _SpecialName("FrozenSet", frozenset)
Tuple = _SpecialName("Tuple", tuple)
Deque = _SpecialName("Deque", _collections.deque)
DefaultDict = _SpecialName("DefaultDict", _collections.defaultdict)
Counter = _SpecialName("Counter", _collections.Counter)
Iterable = _SpecialName("Iterable")
Iterator = _SpecialName("Iterator")
Generator = _SpecialName("Generator")
Sequence = _SpecialName("Sequence")
MutableSequence = _SpecialName("MutableSequence")
Mapping = _SpecialName("Mapping")
MutableMapping = _SpecialName("MutableMapping")
AbstractSet = _SpecialName("AbstractSet")
MutableSet = _SpecialName("MutableSet")
Collection = _SpecialName("Collection")
Sized = _SpecialName("Sized")
Hashable = _SpecialName("Hashable")
Awaitable = _SpecialName("Awaitable")
Coroutine = _SpecialName("Coroutine")
SupportsInt = _SpecialName("SupportsInt")
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base class of user generic classes: Generic[T] and C[int] are accepted."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def runtime_checkable(cls):
    return cls


def final(f):
    return f


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. "
                                  "A series of @typing.overload-decorated functions "
                                  "outside a stub module should always be followed "
                                  "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def no_type_check(arg):
    return arg


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = dict(getattr(obj, "__annotations__", {}) or {})
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            import sys
            globalns = getattr(sys.modules.get(getattr(obj, "__module__", None)), "__dict__", {})
    for k, v in hints.items():
        if isinstance(v, str):
            hints[k] = eval(v, globalns, localns)
        elif v is None:
            hints[k] = type(None)
    return hints


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple; also usable as a base class with annotations."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    fields = list(fields)
    nt = _collections.namedtuple(typename, [f for f, _ in fields], module=_caller_module())
    nt.__annotations__ = dict(fields)
    return nt


def _caller_module(depth=2):
    import sys
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "", ", ".join(default_names)))
        nm_tpl = _collections.namedtuple(typename, list(types), defaults=[ns[n] for n in default_names],
                                         module=ns.get("__module__"))
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in ("__module__", "__qualname__", "__annotations__", "__slots__", "__new__", "__init__",
                       "_make", "_fields", "_field_defaults", "_replace", "_asdict", "_source"):
                if key in ("__new__", "__init__", "_make", "_fields", "_field_defaults", "_replace", "_asdict"):
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                continue
            if key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl


_NamedTupleBase = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries
