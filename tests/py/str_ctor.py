print(repr(str()), repr(str("abc")), repr(str(123)), repr(str(-1.5)), repr(str(True)), repr(str((1, "a"))))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"abc", encoding="ascii"), str(b"a\xff", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
print(str(bytearray(b"xyz"), "ascii"), repr(str(object=5)))
class S:
    def __str__(self): return "S!"
    def __repr__(self): return "R!"
print(str(S()), repr(S()), "%s %r" % (S(), S()), "{} {!r}".format(S(), S()), f"{S()} {S()!r}")
class MyStr(str):
    pass
m = MyStr("hey")
print(m, type(m).__name__, m.upper(), type(m.upper()).__name__, m + "!", isinstance(m, str), len(m), m == "hey", type(str(m)).__name__)
for args in [("a", "utf-8"), (5, "utf-8")]:
    try: str(*args)
    except TypeError as e: print("TypeError", e)
