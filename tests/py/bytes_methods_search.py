b = b"hello world hello"
print(b.find(b"hello"), b.find(b"hello", 1), b.find(111), b.rfind(b"o"), b.rfind(111, 0, 5), b.find(b"zz"), b.find(b""), b.find(b"", 100))
print(b.index(b"world"), b.rindex(b"l"), b.count(b"l"), b.count(108), b.count(b""), b.count(b"l", 3, 10))
print(b.startswith(b"hell"), b.startswith((b"x", b"he")), b.endswith(b"llo"), b.endswith(b"o", 0, 5), b.startswith(bytearray(b"h")))
for f in (lambda: b.index(b"nope"), lambda: b.find("h"), lambda: b.count(256), lambda: b.startswith("h"), lambda: bytearray(b).rindex(b"q")):
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
