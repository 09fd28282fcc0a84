"""Iterator building blocks (Leones).

chain, count, cycle, repeat, zip_longest and the combinatoric iterators
(product, permutations, combinations, combinations_with_replacement) run in
C (src/lib/itertools.c).  The other tools are written here: each checks its
arguments and calls iter() on its inputs when it is called, as CPython does,
then returns a generator doing the work (so their results are generator
objects rather than dedicated iterator types); groupby and tee are classes.
"""

__all__ = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "filterfalse", "groupby",
           "islice", "pairwise", "starmap", "takewhile", "tee", "zip_longest", "product", "permutations",
           "combinations", "combinations_with_replacement"]

import sys as _sys

# The combinatoric iterators run in C (src/lib/itertools.c); arguments are checked here.
from _itertools import _product as _c_product, _permutations as _c_permutations, \
    _combinations as _c_combinations, _combinations_with_replacement as _c_cwr

# chain, count, cycle, repeat and zip_longest are the C types themselves.
from _itertools import chain, count, cycle, repeat, zip_longest
from _itertools import _islice as _c_islice


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def compress(data, selectors):
    return (d for d, s in zip(iter(data), iter(selectors)) if s)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


_MARK = object()


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of equal keys."""

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARK
        self._token = None

    def __iter__(self):
        return self

    def __next__(self):
        self._token = token = object()
        while self._currkey is _MARK or (self._tgtkey is not _MARK and self._currkey == self._tgtkey):
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return self._currkey, self._group(self._tgtkey, token)

    def _group(self, tgtkey, token):
        # a group stops when the groupby moves on (token) or the key changes
        while self._token is token and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


def _islice_arg(value, what):
    # CPython reports a non-integer (or exactly -1) stop as "Stop argument", other bad values as "Indices".
    if value is None:
        return None
    try:
        value = value.__index__() if not isinstance(value, int) else value
    except (AttributeError, TypeError):
        value = -1
    if value < 0 or value > _sys.maxsize:
        if value != -1:
            what = "Indices"
        raise ValueError("%s for islice() must be None or an integer: 0 <= x <= sys.maxsize." % what)
    return value


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, _islice_arg(args[0], "Stop argument"), None
    else:
        start = _islice_arg(args[0], "Indices")
        stop = _islice_arg(args[1], "Stop argument")
        step = args[2] if len(args) == 3 else None
        if step is not None:
            try:
                step = step.__index__() if not isinstance(step, int) else step
            except (AttributeError, TypeError):
                step = -1
            if step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
    return _c_islice(iter(iterable), start or 0, -1 if stop is None else stop, step or 1)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    return (function(*args) for args in iter(iterable))


class _TeeLink:
    """One cell of the shared linked list that tee iterators walk along."""

    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee:
    __slots__ = ("_it", "_link")

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _c_product(tuple(pools))


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _c_permutations(pool, r)


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _c_combinations(pool, r)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _c_cwr(pool, r)
