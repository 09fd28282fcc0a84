# Argument-count and keyword errors of every public str/bytes/bytearray method.
for obj in ["a", b"a", bytearray(b"a")]:
    for name in sorted(n for n in dir(obj) if not n.startswith("_")):
        m = getattr(obj, name)
        out = []
        for args in [(), (1,) * 5, None]:
            try: (m(*args) if args is not None else eval("obj." + name + "(zzz=1)")); out.append("ok")
            except TypeError as e: out.append(str(e))
            except Exception as e: out.append(type(e).__name__)
        print(type(obj).__name__, name, " || ".join(out))
