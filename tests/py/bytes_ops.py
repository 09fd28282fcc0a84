a, b = b"foo", b"bar"
print(a + b, a * 2, 3 * b, a * 0, a + bytearray(b"!"), bytearray(b"!") + a, a + bytearray(b"m"))
print(a < b, a == b"foo", a == bytearray(b"foo"), a != "foo", b"a" < b"ab", b"\xff" > b"a", a >= a)
print(b"o" in a, 111 in a, b"" in a, b"x" in a, 256 - 145 in a, bytearray(b"oo") in a)
print(hash(b"abc") == hash(b"ab" + b"c"), len(a + b), list(a), sorted(b), max(a))
for f in (lambda: a + "x", lambda: a + 1, lambda: "x" + a, lambda: a * 1.5, lambda: "a" in a, lambda: 300 in a, lambda: a < "b", lambda: hash(bytearray())):
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
