from datetime import date, datetime, timedelta, timezone
d = datetime(2020, 2, 28, 23, 59, 59, 999999)
print(d + timedelta(microseconds=1), d + timedelta(days=1, microseconds=1), d - timedelta(days=59))
print(date(2000, 1, 1) + timedelta(days=366 * 4), date(1999, 12, 31) - date(1, 1, 1))
print(datetime(2024, 1, 1) - datetime(2023, 1, 1), datetime(2023, 1, 1) - datetime(2024, 1, 1, 12))
print((datetime(2024, 3, 10, 12) - datetime(2024, 3, 9, 6)).total_seconds())
print(sum([timedelta(hours=h) for h in range(30)], timedelta()))
x = datetime(2021, 6, 15, 8, 30)
print([str(x + timedelta(weeks=w)) for w in range(3)])
print(x.isocalendar(), x.isoweekday(), x.timetuple().tm_yday, x.replace(day=1).weekday())
for y in (1900, 2000, 2023, 2024):
    print(y, date(y, 3, 1) - date(y, 2, 1))
tz = timezone(timedelta(hours=-8), 'PST')
a = datetime(2024, 5, 1, 12, tzinfo=tz)
print(a, a.tzname(), a.astimezone(timezone.utc), a.utcoffset(), a.dst(), repr(tz))
print(a.timestamp(), datetime.fromtimestamp(a.timestamp(), timezone.utc))
print(max(date(2020, 1, 1), date(2019, 12, 31)), sorted([datetime(2020, 1, 1, 5), datetime(2020, 1, 1, 1)]))
print(date.max - date.min, timedelta(days=1) * 0.5, timedelta(seconds=1) / 3)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print('OverflowError', e)
