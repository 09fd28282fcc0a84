print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b"abc"), bytes(bytearray(b"xy")), bytes("é", "utf-8"), bytes("é", encoding="latin-1"))
print(bytes(range(5)), bytes((x for x in [1, 2])), bytes(bytearray(b"mv")), bytes("a€", "ascii", "replace"), bytes([]), bytes(0))
class B:
    def __bytes__(self): return b"custom"
class I:
    def __index__(self): return 66
print(bytes(B()), bytes([I(), 67]), bytes(True), type(bytes(2)).__name__)
for args in [("a",), (1.5,), ([300],), ([-1],), (-1,), (1, 2), ([1], "ascii"), (["a"],), (None,), ("a", "nope")]:
    try: print(bytes(*args))
    except Exception as e: print(type(e).__name__, e)
