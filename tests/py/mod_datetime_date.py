from datetime import date, timedelta
d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.ctime(), d.isoformat())
print(d + timedelta(days=1), d - timedelta(days=60), date(2024, 12, 25) - d, d.replace(year=2028))
print(date.fromordinal(738000), date.fromisoformat('2021-03-04'), date.fromisoformat('20210304'))
print(date.fromisocalendar(2020, 53, 7), date(2021, 1, 3).isocalendar(), date(2019, 12, 30).isocalendar())
print(d.strftime('%Y/%m/%d %a %A %b %B %j %%'), format(d, '%d.%m.%y'), f'{d}', f'{d:%Y}')
print(d.timetuple()[:8], date.min, date.max, date.resolution)
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d != date(2000, 1, 1), sorted([date(2020, 1, 2), date(2019, 5, 5)]))
print(hash(d) == hash(date(2024, 2, 29)), {d: 1}[date(2024, 2, 29)])
for y, m, dd in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 4, 31), (10000, 1, 1)]:
    try:
        date(y, m, dd)
    except ValueError as e:
        print('ValueError', e)
for s in ['2021-13-01', 'x', '2021-1-1']:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print('ValueError', e)
try:
    date(2020, 1, 1) + 1
except TypeError as e:
    print('TypeError')
try:
    date(2020, 1, 1.5)
except TypeError as e:
    print('TypeError', e)
print(type(date.today()).__name__, date.today() > date(2020, 1, 1))
