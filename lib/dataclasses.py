"""Data classes (Leones): @dataclass, field, fields, asdict, astuple, replace, make_dataclass.

@dataclass reads the class's own __annotations__ in order, turns each into a
Field (the class attribute, if any, is the default or a field() spec), merges
them after the fields of dataclass bases, and then adds the requested
methods.  __init__ is generated as Python source and exec'd, so it has a real
signature: argument errors, defaults and keyword-only parameters behave as
for a hand-written __init__.  The other methods (__repr__, __eq__, order,
__hash__, frozen __setattr__/__delattr__) are closures over the field list.
"""

import sys
import copy
import types

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields",
           "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return "dataclasses.InitVar[%s]" % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare", "metadata",
                 "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,"
                "metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                   self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(a_type):
    try:
        import typing
    except ImportError:
        return False
    cv = getattr(typing, "ClassVar", None)
    if cv is None or isinstance(a_type, (type, str)):
        return False
    if a_type is cv or getattr(a_type, "__origin__", None) is cv:
        return True
    try:
        return repr(a_type).startswith("typing.ClassVar[")
    except Exception:
        return False


def _is_string_annotation_of(annotation, names):
    if not isinstance(annotation, str):
        return False
    head = annotation.strip().split("[", 1)[0].strip()
    return head in names


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type) or _is_string_annotation_of(a_type, ("ClassVar", "typing.ClassVar")):
        f._field_type = _FIELD_CLASSVAR
    elif (isinstance(a_type, InitVar) or a_type is InitVar
          or _is_string_annotation_of(a_type, ("InitVar", "dataclasses.InitVar"))):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % (f.name,))
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


def _is_kw_only(a_type):
    return a_type is KW_ONLY or _is_string_annotation_of(a_type, ("KW_ONLY", "dataclasses.KW_ONLY"))


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = "%s.%s" % (cls.__qualname__, value.__name__)
    return value


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only), tuple(f for f in fields if f.init and f.kw_only))


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals_):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % (f.name,))

    env = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY, "__dataclass_builtins_object__": object}

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return "%s=_HAS_DEFAULT_FACTORY" % f.name
        env["_dflt_" + f.name] = f.default
        return "%s=_dflt_%s" % (f.name, f.name)

    lines = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            if f.default_factory is not MISSING:
                env["_dflt_" + f.name] = f.default_factory
            continue
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            env["_dflt_" + f.name] = f.default_factory
            if f.init:
                value = "_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_dflt_%s()" % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            env["_dflt_" + f.name] = f.default
            value = "_dflt_" + f.name
        else:
            continue
        if frozen:
            lines.append("__dataclass_builtins_object__.__setattr__(%s, %r, %s)" % (self_name, f.name, value))
        else:
            lines.append("%s.%s = %s" % (self_name, f.name, value))
    if has_post_init:
        params_str = ", ".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        lines.append("%s.%s(%s)" % (self_name, _POST_INIT_NAME, params_str))
    if not lines:
        lines = ["pass"]
    params = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        params += ["*"] + [param(f) for f in kw_only_fields]
    src = "def __init__(%s):\n%s\n" % (", ".join(params), "\n".join("    " + l for l in lines))
    ns = {}
    exec(src, env, ns)
    fn = ns["__init__"]
    fn.__qualname__ = "%s.__init__" % cls.__qualname__
    return fn


_repr_running = set()


def _make_repr(fields):
    shown = [f.name for f in fields if f.repr]

    def __repr__(self):
        key = (id(self),)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            body = ", ".join("%s=%r" % (name, getattr(self, name)) for name in shown)
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (self.__class__.__qualname__, body)
    return __repr__


def _tuple_src(obj, names):
    # "(obj.a, obj.b,)": field values as a tuple expression for generated methods.
    return "(%s)" % "".join("%s.%s," % (obj, n) for n in names)


def _compile_method(name, params, body):
    # Generated source runs much faster than a loop over getattr() on every call.
    ns = {}
    exec("def %s(%s):\n%s\n" % (name, params, "\n".join("    " + line for line in body)), {}, ns)
    return ns[name]


def _make_eq(names):
    return _compile_method("__eq__", "self, other", [
        "if other.__class__ is self.__class__:",
        "    return %s == %s" % (_tuple_src("self", names), _tuple_src("other", names)),
        "return NotImplemented"])


def _make_order(op_name, names):
    symbol = {"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}[op_name]
    return _compile_method(op_name, "self, other", [
        "if other.__class__ is self.__class__:",
        "    return %s %s %s" % (_tuple_src("self", names), symbol, _tuple_src("other", names)),
        "return NotImplemented"])


def _make_hash(names):
    return _compile_method("__hash__", "self", ["return hash(%s)" % _tuple_src("self", names)])


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


# (unsafe_hash, eq, frozen, has_explicit_hash) -> action, as the documentation's table says.
def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            return "exception"
        return "add"
    if not eq:
        return None
    if frozen:
        return None if has_explicit_hash else "add"
    return None if has_explicit_hash else "set_none"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals_ = sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % (name,))
            kw_only_seen = True
            kw_only_now = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only_now))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__",
                           _make_init(cls, all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                                      has_post_init, "__dataclass_self__" if "self" in fields else "self",
                                      globals_))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _set_qualname(cls, _make_repr(field_list)))

    if eq:
        cmp_names = [f.name for f in field_list if f.compare]
        _set_new_attribute(cls, "__eq__", _set_qualname(cls, _make_eq(cmp_names)))

    if order:
        cmp_names = [f.name for f in field_list if f.compare]
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, op, _set_qualname(cls, _make_order(op, cmp_names))):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (op, cls.__name__))

    if frozen:
        setter, deleter = _make_frozen(cls, tuple(f.name for f in field_list))
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, _set_qualname(cls, fn)):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))

    action = _hash_action(unsafe_hash, eq, frozen, has_explicit_hash)
    if action == "add":
        hash_names = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _make_hash(hash_names))
    elif action == "set_none":
        cls.__hash__ = None
    elif action == "exception":
        raise TypeError("Cannot overwrite attribute __hash__ in class %s" % (cls.__name__,))

    if not getattr(cls, "__doc__"):
        try:
            import inspect
            text_sig = str(inspect.signature(cls)).replace(" -> None", "")
        except Exception:
            text_sig = "(%s)" % ", ".join(f.name for f in all_init_fields)
        cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    try:
        import abc
        abc.update_abstractmethods(cls)
    except ImportError:
        pass
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        inherited_slots.update(slots)
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited_slots) + (
        ("__weakref__",) if weakref_slot else ())
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    # Methods were closures over the old class: frozen checks must see the new one.
    if is_frozen:
        setter, deleter = _make_frozen(cls, field_names)
        cls.__setattr__ = _set_qualname(cls, setter)
        cls.__delattr__ = _set_qualname(cls, deleter)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        import keyword
        if keyword.iskeyword(name):
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()"
                                 % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
