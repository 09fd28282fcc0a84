# Exception flow: nesting, finally ordering, chaining, re-raise, custom hierarchies.
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line

    def __str__(self):
        return "line %d: %s" % (self.line, self.args[1])


def parse(lines):
    out = []
    for i, line in enumerate(lines, 1):
        try:
            key, value = line.split("=")
            out.append((key.strip(), int(value)))
        except ValueError as e:
            raise ParseError(i, "bad entry %r" % line) from e
    return out


try:
    parse(["a = 1", "b = two"])
except AppError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)

log = []


def f():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")


print(f(), log)


def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append("f%d" % i)
    return log


print(g())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as e:
    print("KeyError", e, "context:", type(e.__context__).__name__)
try:
    try:
        raise AppError("inner")
    except AppError:
        raise
except AppError as e:
    print("re-raised", e.args)


def nested(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        nested(n - 1)
    finally:
        print("unwind", n)


try:
    nested(3)
except RuntimeError as e:
    print(e)
r = []
for exc in (ValueError, TypeError, KeyError, IndexError, ZeroDivisionError):
    try:
        raise exc("x")
    except (TypeError, LookupError) as e:
        r.append(("lookup/type", type(e).__name__))
    except Exception as e:
        r.append(("other", type(e).__name__))
print(r)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = None
try:
    pass
finally:
    print("e is", e)
