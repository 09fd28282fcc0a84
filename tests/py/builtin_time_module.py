import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0)
print(isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
print(time.process_time() >= 0, isinstance(time.process_time_ns(), int))
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, tuple(g)[:6])
print(time.gmtime(86400 * 365).tm_year, time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1700000000)))
print(time.asctime(time.gmtime(0)), type(time.localtime()).__name__, len(time.localtime()))
print(repr(time.gmtime(0)))
for bad in [lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.gmtime('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
