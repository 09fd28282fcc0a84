print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"))
print(bytearray(b"\xe2\x82\xac").decode("utf-8"), b"x".decode(encoding="UTF-8"), repr(b"\xff".decode("utf-8", "backslashreplace")))
for args in [(), ("ascii",), ("nope",)]:
    try: b"\xff".decode(*args)
    except (UnicodeDecodeError, LookupError) as e: print(type(e).__name__, e)
