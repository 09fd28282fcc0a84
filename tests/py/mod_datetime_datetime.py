from datetime import datetime, date, time, timedelta, timezone
dt = datetime(2024, 3, 15, 13, 45, 30, 123456)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.isoformat(timespec='milliseconds'))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 7)))
print(dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond, dt.weekday())
print(dt + timedelta(hours=12), dt - timedelta(days=15), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(dt.replace(hour=0, microsecond=0), datetime.combine(date(2020, 5, 6), time(7, 8)))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %p %I %j'), f'{dt:%H:%M}')
print(datetime.fromisoformat('2021-05-06T07:08:09'), datetime.fromisoformat('2021-05-06 07:08'),
      datetime.fromisoformat('2021-05-06'), datetime.fromisoformat('2021-05-06T07:08:09.500+02:00'))
print(repr(datetime.fromisoformat('2011-11-04T00:05:23Z')))
print(datetime.strptime('2023-07-04 09:05:01', '%Y-%m-%d %H:%M:%S'), datetime.strptime('4 Jul 23 5PM', '%d %b %y %I%p'))
print(dt.ctime(), dt.timetuple()[:8], dt.toordinal())
print(dt == datetime(2024, 3, 15, 13, 45, 30, 123456), dt > datetime(2024, 3, 15), dt == date(2024, 3, 15))
print(datetime.min, datetime.max, datetime(2020, 1, 1) < datetime(2020, 1, 1, 0, 0, 0, 1))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(repr(u), u, u.utcoffset(), u.tzname(), u.timestamp(), u.isoformat())
e = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(e, repr(e.tzinfo), e.tzname(), e == u, e - u, u.astimezone(timezone(timedelta(hours=-5))))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5), datetime.fromtimestamp(1e9, tz=timezone.utc))
print(str(timezone(timedelta(hours=5, minutes=30))), timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1), 'CET'))
try:
    u < datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    u - datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
print(u == datetime(2024, 1, 1, 12), type(datetime.now()).__name__, datetime.now(timezone.utc).tzinfo)
print(hash(u) == hash(e), {u: 1}.get(e))
