"""Container datatypes (Leones, in Python): deque, defaultdict, Counter,
OrderedDict, namedtuple, ChainMap. Reprs and errors follow CPython."""

import sys as _sys

__all__ = ["deque", "defaultdict", "Counter", "OrderedDict", "namedtuple", "ChainMap"]


class deque:
    """Double-ended queue: a ring buffer in a list (amortised O(1) at both ends)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self.extend(iterable)

    maxlen = property(lambda self: self._maxlen)

    def _grow(self):
        old = self._buf
        n = len(old)
        self._buf = [old[(self._head + i) % n] for i in range(self._len)] + [None] * n
        self._head = 0

    def append(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and self._len == self._maxlen:
            self.popleft()
        if self._len == len(self._buf):
            self._grow()
        self._buf[(self._head + self._len) % len(self._buf)] = x
        self._len += 1

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and self._len == self._maxlen:
            self.pop()
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._len += 1

    def pop(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._len -= 1
        i = (self._head + self._len) % len(self._buf)
        x = self._buf[i]
        self._buf[i] = None
        return x

    def popleft(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._len -= 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def rotate(self, n=1):
        if self._len <= 1:
            return
        n %= self._len
        for _ in range(n):
            self.appendleft(self.pop())

    def _index(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._buf[self._index(i)]

    def __setitem__(self, i, x):
        self._buf[self._index(i)] = x

    def __delitem__(self, i):
        self._index(i)  # range check
        items = list(self)
        del items[i]
        self.clear()
        self.extend(items)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __iter__(self):
        buf, head, n = self._buf, self._head, len(self._buf)
        for i in range(self._len):
            yield buf[(head + i) % n]

    def __reversed__(self):
        buf, head, n = self._buf, self._head, len(self._buf)
        for i in range(self._len - 1, -1, -1):
            yield buf[(head + i) % n]

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def count(self, x):
        return sum(1 for y in self if y is x or y == x)

    def index(self, x, start=0, stop=None):
        for i, y in enumerate(self):
            if i >= start and (stop is None or i < stop) and (y is x or y == x):
                return i
        raise ValueError("%r is not in deque" % (x,))

    def remove(self, value):
        items = list(self)
        try:
            items.remove(value)
        except ValueError:
            raise ValueError("deque.remove(x): x not in deque") from None
        self.clear()
        self.extend(items)

    def insert(self, i, x):
        if self._maxlen is not None and self._len == self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self.clear()
        self.extend(items)

    def reverse(self):
        items = list(self)
        items.reverse()
        self.clear()
        self.extend(items)

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = deque(self, self._maxlen)
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = deque((), self._maxlen)
        for _ in range(n):
            d.extend(list(self))
        return d

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (list(self),)
        return "deque(%r, maxlen=%d)" % (list(self), self._maxlen)


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return "defaultdict(%r, %s)" % (self.default_factory, dict.__repr__(self))

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return "Counter()"
        return "Counter({%s})" % ", ".join("%r: %r" % kv for kv in self.most_common())

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = max(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = min(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        return result


class OrderedDict(dict):
    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%r)" % (type(self).__name__, list(self.items()))

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            for k, v in items:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def copy(self):
        return type(self)(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[nfields - len(defaults):], defaults)) if defaults else {}

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError("%s() takes %d positional argument%s but %d were given"
                            % (typename + ".__new__", nfields + 1, "" if nfields == 0 else "s", len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in field_defaults]
                raise TypeError("%s() missing %d required positional argument%s: %s"
                                % (typename + ".__new__", len(missing), "" if len(missing) == 1 else "s",
                                   " and ".join(", ".join(repr(m) for m in missing).rsplit(", ", 1))))
        if kwargs:
            name = next(iter(kwargs))
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument %r" % (typename, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument %r" % (typename, name))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, v) for n, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(values)))
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {"__new__": __new__, "__repr__": __repr__, "_asdict": _asdict, "_replace": _replace,
                 "_make": _make, "__getnewargs__": __getnewargs__, "_fields": fields,
                 "_field_defaults": field_defaults, "__slots__": (), "__doc__": "%s(%s)" % (typename, ", ".join(fields))}
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, _i=index: tuple.__getitem__(self, _i),
                                   doc="Alias for field number %d" % index)
    cls = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        cls.__module__ = module
    return cls


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                seen[k] = None
        return iter(seen)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return "ChainMap(%s)" % ", ".join(map(repr, self.maps))


# `import collections` makes collections.abc available, as in CPython.
from collections import abc  # noqa: E402
