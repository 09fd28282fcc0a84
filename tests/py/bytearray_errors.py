ba = bytearray(b"abc")
tests = [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.pop(5), lambda: bytearray().pop(), lambda: ba.remove(9),
         lambda: ba.__setitem__(0, 300), lambda: ba.__setitem__(5, 1), lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.__setitem__(slice(None, None, 2), b"x"),
         lambda: ba.insert(1, b"a"), lambda: ba.extend("ab"), lambda: ba.extend(5), lambda: hash(ba), lambda: ba.__setitem__("a", 1), lambda: ba.__iadd__("x"), lambda: ba.__setitem__(0, "a")]
for t in tests:
    try: t(); print("ok", ba)
    except (TypeError, ValueError, IndexError) as e: print(type(e).__name__, e)
