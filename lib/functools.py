"""Higher-order functions (Leones, in Python)."""

__all__ = ["reduce", "partial", "wraps", "update_wrapper", "lru_cache", "cache", "cmp_to_key", "total_ordering",
           "cached_property", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES"]

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

    def __new__(cls, func, /, *args, **keywords):
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
        return "functools.partial(%s)" % ", ".join(args)


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
    if callable(maxsize) and not isinstance(maxsize, int):
        return _lru_wrapper(maxsize, 128, typed)
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _lru_wrapper(user_function, None, False)


def _lru_wrapper(user_function, maxsize, typed):
    store = {}
    stats = [0, 0]

    def make_key(args, kwds):
        key = args
        if kwds:
            key += (_initial_missing,) + tuple(kwds.items())
        if typed:
            key += tuple(type(v) for v in args)
        return key

    def wrapper(*args, **kwds):
        if maxsize == 0:
            stats[1] += 1
            return user_function(*args, **kwds)
        key = make_key(args, kwds)
        if key in store:
            stats[0] += 1
            value = store.pop(key)
            store[key] = value  # most recently used goes last
            return value
        stats[1] += 1
        value = user_function(*args, **kwds)
        store[key] = value
        if maxsize is not None and len(store) > maxsize:
            del store[next(iter(store))]
        return value

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(store))

    def cache_clear():
        store.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
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
