from datetime import timedelta
d = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(repr(d), str(d), d.days, d.seconds, d.microseconds, d.total_seconds())
print(repr(timedelta()), str(timedelta()), repr(timedelta(hours=-1)), str(timedelta(hours=-1)))
print(timedelta(weeks=2), timedelta(milliseconds=1.5), timedelta(seconds=0.5), timedelta(days=0.1))
print(timedelta(days=2) + timedelta(hours=12), timedelta(days=2) - timedelta(days=3))
print(timedelta(hours=1) * 3, 2 * timedelta(minutes=7), timedelta(hours=1) * 1.5)
print(timedelta(hours=3) / 2, timedelta(hours=3) / timedelta(minutes=30), timedelta(hours=3) // timedelta(minutes=40))
print(timedelta(hours=3) % timedelta(minutes=40), divmod(timedelta(hours=3), timedelta(minutes=40)))
print(-timedelta(days=1, seconds=1), abs(timedelta(days=-2)), timedelta(days=3) // 2)
print(timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), timedelta(0) == 0, bool(timedelta(0)))
print(timedelta.max, timedelta.min, timedelta.resolution)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), sorted([timedelta(3), timedelta(-1), timedelta(0)]))
print(timedelta(microseconds=-1), str(timedelta(days=-1, microseconds=1)), timedelta(days=5, seconds=3))
for bad in [lambda: timedelta(days='1'), lambda: timedelta(1) / 0, lambda: timedelta(1) // 0]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
