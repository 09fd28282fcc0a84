from contextlib import contextmanager
@contextmanager
def tag(name, log):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("exit " + name)
log = []
with tag("a", log) as t:
    log.append("body " + t)
with tag("b", log):
    raise KeyError("k")
try:
    with tag("c", log):
        raise ValueError("v")
except ValueError as e:
    log.append("outer " + repr(e))
print(log)
