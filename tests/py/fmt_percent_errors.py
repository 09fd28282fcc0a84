tests = [("%d", "a"), ("%x", 1.5), ("%c", -1), ("%c", "ab"), ("%c", 1.5), ("%*d", ("a", 1)), ("%(a)s", 1), ("%(a", {"a": 1}),
         ("%", ()), ("%y", 1), ("%s %s", 1), ("%s", (1, 2)), ("%f", "x"), ("%(a)s %s", {"a": 1}), ("abc %", 1), ("%é", 1), ("a%-5", 1), ("%c", 0x110000), ("%i", None), ("%o", "7"), ("%e", None)]
for fmt, args in tests:
    try: print(repr(fmt % args))
    except Exception as e: print(repr(fmt), type(e).__name__, e)
