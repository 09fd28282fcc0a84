from datetime import date, datetime, time, timedelta, timezone
d = datetime(2009, 7, 4, 5, 6, 7, 89)
for f in ['%Y-%m-%d', '%H:%M:%S.%f', '%a %b %d', '%A %B', '%j %U %w', '%y%m%d', '%I%p', '%%', '%d/%m/%Y %H:%M', '%c', '%x', '%X']:
    print(repr(f), d.strftime(f))
print('{:%Y/%m/%d}'.format(d), '{}'.format(d.date()), '{:%H}'.format(d.time()))
u = d.replace(tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(u.strftime('%z %Z'), u.isoformat(), u.isoformat(timespec='minutes'), u.timetz())
for s in ['2020-01-02T03:04:05.123456', '2020-01-02T03:04:05+00:00', '2020-01-02 03:04', '20200102T030405',
          '2020-W01-1', '2020-01-02T03:04:05.5-03:30']:
    print(s, '->', repr(datetime.fromisoformat(s)))
for s, f in [('31/12/99 23:59', '%d/%m/%y %H:%M'), ('2020 100', '%Y %j'), ('March 3 2021', '%B %d %Y'),
             ('10:30:00.25', '%H:%M:%S.%f'), ('2021-01-01 +0130', '%Y-%m-%d %z')]:
    print(s, '->', repr(datetime.strptime(s, f)))
for s, f in [('2021-13-01', '%Y-%m-%d'), ('abc', '%Y'), ('2021-01-01 extra', '%Y-%m-%d')]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
print(time(4, 5).strftime('%H-%M'), date(2020, 1, 1).isoformat(), date(5, 1, 1))
