# Dead generators are closed by the collector only when that matters: one
# suspended inside try/finally or with runs its cleanup; never-started and
# finished ones are freed without running anything again.
import gc

log = []


def guarded(tag):
    try:
        yield 1
        yield 2
    finally:
        log.append(tag)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        log.append("exit")
        return False


def managed():
    with Manager():
        yield 1


def plain():
    yield 1
    yield 2


def suspend_some():
    for i in range(20):
        it = guarded("suspended")
        next(it)
    for i in range(20):
        it = managed()
        next(it)
    for i in range(20):
        guarded("never started")
    for i in range(20):
        for x in guarded("finished"):
            pass
    for i in range(20):
        it = plain()
        next(it)


suspend_some()
gc.collect()
gc.collect()
print("never started closes:", log.count("never started"))
print("finished closes:", log.count("finished"))
# The conservative stack scan may keep the last generator or two alive.
print("suspended closed:", log.count("suspended") >= 18)
print("with exited:", log.count("exit") >= 18)
