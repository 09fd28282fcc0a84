from datetime import time, timedelta, timezone
t = time(13, 5, 9, 250)
print(repr(t), str(t), t.isoformat('minutes'), t.isoformat('milliseconds'), t.hour, t.minute, t.second, t.microsecond)
print(repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), time(), time.min, time.max)
print(t.replace(hour=1), t.strftime('%H.%M.%S %f'), format(t, '%I %p'), t < time(14), t == time(13, 5, 9, 250))
print(time.fromisoformat('04:23:01'), time.fromisoformat('04:23:01.000384'), time.fromisoformat('04:23:01+04:00'))
tz = time(1, 2, tzinfo=timezone.utc)
print(repr(tz), tz, tz.utcoffset(), tz.tzname(), bool(time(0)))
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    try:
        time(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    time(1, tzinfo=5)
except TypeError as e:
    print('TypeError', e)
