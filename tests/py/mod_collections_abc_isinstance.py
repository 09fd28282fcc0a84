import collections.abc as cabc
names = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable",
         "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "Sequence", "MutableSequence",
         "ByteString", "KeysView", "ValuesView", "ItemsView", "MappingView"]
def gen():
    yield 1
samples = [[], {}, (), "", b"", bytearray(), set(), frozenset(), 1, 2.5, None, iter([]), gen(), len, range(3),
           {}.keys(), {}.values(), {}.items(), memoryview(b""), lambda: 1, object(), type]
for s in samples:
    print(type(s).__name__, [n for n in names if isinstance(s, getattr(cabc, n))])
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class NoHash:
    __hash__ = None
print(isinstance(It(), cabc.Iterator), issubclass(It, cabc.Iterable), isinstance(NoHash(), cabc.Hashable))
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence), issubclass(str, cabc.MutableSequence))
