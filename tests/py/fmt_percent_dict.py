d = {"name": "Ann", "n": 3, "x": 2.5, "k(1)": "paren"}
print("%(name)s has %(n)d items costing %(x).2f" % d)
print("%(name)-6s|%(n)03d|%(x)+.1e|%(name)r" % d)
print("%(k(1))s" % d, "%(n)s%%" % d, "%(n)*d" % {"n": 5} if False else "", "%%(name)s" % {})
for fmt, arg in [("%(missing)s", d), ("%(name)s", ("a",)), ("%(name)s %s", d), ("%(n)*d", d)]:
    try: print(fmt % arg)
    except (KeyError, TypeError, ValueError) as e: print(type(e).__name__, e)
