# coroutines.py — generator-based coroutines driven by send(): a pipeline of
# stages (parse -> filter -> moving average -> sink) where each stage is a
# coroutine that receives values with `x = yield` and forwards results with
# target.send(). Also a round-robin scheduler of many small coroutines that
# yield control to each other. Result: the sink's totals and the ticks run.
# Usage: coroutines.py [--iterations N]
import sys
import time

MESSAGES = 1_500_000
WORKERS = 50
TICKS = 30000


def start(coroutine):
    next(coroutine)  # advance to the first yield
    return coroutine


def sink(totals):
    while True:
        value = yield
        totals[0] += 1
        totals[1] += value


def moving_average(target, width):
    window = []
    total = 0
    while True:
        value = yield
        window.append(value)
        total += value
        if len(window) > width:
            total -= window.pop(0)
        target.send(total // len(window))


def keep_if(target, predicate):
    while True:
        value = yield
        if predicate(value):
            target.send(value)


def parse(target):
    while True:
        text = yield
        target.send(int(text, 16))


def worker(ident, log):
    count = 0
    while True:
        count += 1
        if count % (ident + 2) == 0:
            log.append(ident)
        yield count


def run_pipeline():
    totals = [0, 0]
    pipeline = start(parse(start(keep_if(start(moving_average(start(sink(totals)), 8)), lambda v: v % 3 != 0))))
    for i in range(MESSAGES):
        pipeline.send("%x" % ((i * 7919) % 65536))
    return totals


def run_scheduler():
    log = []
    ready = [worker(i, log) for i in range(WORKERS)]
    ticks = 0
    for _ in range(TICKS):
        for task in ready:
            ticks += next(task) & 1
    return ticks, len(log), sum(log)


def bench():
    count, total = run_pipeline()
    ticks, logged, checksum = run_scheduler()
    return "%d %d %d %d %d" % (count, total, ticks, logged, checksum)


EXPECTED = "999986 32766433619 750000 105548 1288435"


def main():
    args = sys.argv[1:]
    iterations = 1
    if "--iterations" in args:
        iterations = int(args[args.index("--iterations") + 1])
    elapsed = 0.0
    result = None
    for _ in range(iterations):
        start = time.perf_counter()
        result = bench()
        lap = time.perf_counter() - start
        elapsed += lap
        print("iter:", lap)
    print("time:", elapsed)
    print("result:", result)
    if result != EXPECTED:
        print("wrong result, expected", EXPECTED)
        sys.exit(1)


main()
