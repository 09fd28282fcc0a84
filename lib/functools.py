"""Higher-order functions (Leones, in Python)."""

__all__ = ["reduce", "partial", "wraps", "update_wrapper", "lru_cache", "cache", "cmp_to_key", "total_ordering",
           "cached_property", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "singledispatch", "singledispatchmethod",
           "partialmethod"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class partial:
    """partial(func, *args, **keywords): func with some arguments fixed."""

    __slots__ = ("func", "args", "keywords", "__dict__")

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        qualname = type(self).__qualname__
        module = type(self).__module__
        return "%s.%s(%s)" % (module, qualname, ", ".join(args))

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, self.__dict__ or None)

    def __get__(self, obj, objtype=None):
        # Like CPython's C partial: not a method descriptor (no binding).
        return self


def cmp_to_key(mycmp):
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    """Fill in the missing rich comparisons from one of <, <=, >, >= and ==."""
    defined = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(defined)  # same preference order as CPython: __lt__ < __le__ < __gt__ < __ge__ by name
    for op in ("__lt__", "__le__", "__gt__", "__ge__"):
        if op in defined:
            continue
        setattr(cls, op, _derived(root, op))
    return cls


def _derived(root, op):
    def method(self, other):
        return _compare(self, other, root, op)
    method.__name__ = op
    return method


def _compare(self, other, root, op):
    r = getattr(self, root)(other)
    if r is NotImplemented:
        return r
    eq = self == other
    if root == "__lt__":
        table = {"__gt__": not r and not eq, "__le__": r or eq, "__ge__": not r}
    elif root == "__le__":
        table = {"__ge__": not r or eq, "__lt__": r and not eq, "__gt__": not r}
    elif root == "__gt__":
        table = {"__lt__": not r and not eq, "__ge__": r or eq, "__le__": not r}
    else:
        table = {"__le__": not r or eq, "__gt__": r and not eq, "__lt__": not r}
    return table[op]


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping at most maxsize results (None: unbounded)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return _lru_wrapper(user_function, None, False)


_kwd_mark = (object(),)
_fast_types = {int, str}


def _make_key(args, kwds, typed):
    # Hashable key for a call; a lone int/str argument is its own key, as in CPython.
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fast_types:
        return key[0]
    return key


def _lru_wrapper(user_function, maxsize, typed):
    store = {}
    stats = [0, 0]
    sentinel = _kwd_mark
    make_key = _make_key

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = store.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            store[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = store.pop(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                store[key] = result  # most recently used goes last
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in store:
                store[key] = result
                if len(store) > maxsize:
                    del store[next(iter(store))]
            return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(store))

    def cache_clear():
        store.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    update_wrapper(wrapper, user_function)
    return wrapper


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.attrname] = value
        return value


class partialmethod:
    """Like partial, for methods: the bound instance comes first, then the fixed arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__,
                              ", ".join(x for x in (repr(self.func), args, keywords) if x))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None and not isinstance(self.func, type(reduce)) and not hasattr(self.func, "__code__"):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def _find_impl(cls, registry):
    """The registered implementation for cls: the closest class in its MRO, then ABCs it matches."""
    for klass in cls.__mro__:
        if klass in registry:
            return registry[klass]
    # Virtual base classes (ABCs registered or matched by __subclasshook__): pick the first
    # registered one cls is a subclass of, preferring the most derived.
    best = None
    for typ, impl in registry.items():
        if typ is object:
            continue
        try:
            ok = issubclass(cls, typ)
        except TypeError:
            continue
        if ok and (best is None or issubclass(typ, best[0])):
            best = (typ, impl)
    if best is not None:
        return best[1]
    return registry.get(object)


def singledispatch(func):
    """Single-dispatch generic function: the implementation is chosen by the first argument's type."""
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
            return impl

    def _is_valid_dispatch_type(cls):
        return isinstance(cls, type)

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. %r is not a class or union type." % (cls,))
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError("Invalid first argument to `register()`: %r. Use either `@register(some_class)` or "
                                "plain `@register` on an annotated function." % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _is_valid_dispatch_type(cls):
                union_args = getattr(cls, "__args__", None)
                if union_args and all(isinstance(a, type) for a in union_args):
                    for arg in union_args:
                        registry[arg] = func
                    dispatch_cache.clear()
                    return func
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % (funcname,))
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
