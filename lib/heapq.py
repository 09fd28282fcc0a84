"""Heap queue algorithm on lists (min-heaps, heap[0] is the smallest), in Python.
The sift procedures follow the same comparison order as CPython's, so ties
come out in the same order."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "heappushpop", "nlargest", "nsmallest", "merge"]


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def nsmallest(n, iterable, key=None):
    """The n smallest items (stable: equal items keep their input order)."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items (stable: equal items keep their input order)."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted inputs: a heap holds the next item of each input."""
    h = []
    sign = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([_MergeKey(value if key is None else key(value), reverse), order * sign, value, it])
            break
    heapify(h)
    while len(h) > 1:
        while True:
            entry = h[0]
            _, _, value, it = entry
            yield value
            for value in it:
                entry[0] = _MergeKey(value if key is None else key(value), reverse)
                entry[2] = value
                heapreplace(h, entry)
                break
            else:
                heappop(h)
                break
    if h:
        _, _, value, it = h[0]
        yield value
        yield from it


class _MergeKey:
    """Orders merge entries by key, reversed when merging descending inputs."""

    __slots__ = ("k", "rev")

    def __init__(self, k, rev):
        self.k = k
        self.rev = rev

    def __lt__(self, other):
        return other.k < self.k if self.rev else self.k < other.k

    def __eq__(self, other):
        return self.k == other.k
