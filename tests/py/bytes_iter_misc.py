b = b"abc"
it = iter(b)
print(next(it), list(it), list(reversed(b)), [x for x in bytearray(b"xy")], sum(b), tuple(b""), list(enumerate(b"ab")))
print(b.__getnewargs__(), bytes.__len__(b), b.__bytes__() if hasattr(b, "__bytes__") else None, b"a".__add__(b"b"))
d = {b"k": 1}
print(d[b"k"], b"k" in d, len({b"a", b"a", b"b"}), isinstance(b, bytes), isinstance(bytearray(), bytes))
class MB(bytes): pass
m = MB(b"sub")
print(m, type(m).__name__, m.upper(), type(m.upper()).__name__, m == b"sub", len(m), m[0])
