from datetime import datetime, timedelta, tzinfo, timezone, time
class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return 'Fixed(%s)' % self.name
tokyo = Fixed(9, 'JST')
ny = Fixed(-5, 'EST')
t = datetime(2024, 1, 15, 9, 0, tzinfo=tokyo)
print(t, repr(t), t.tzname(), t.utcoffset(), t.dst(), t.strftime('%H:%M %Z %z'))
n = t.astimezone(ny)
print(n, n.tzname(), t == n, t - n, n.astimezone(timezone.utc))
print(datetime(2024, 1, 1, tzinfo=tokyo) < datetime(2024, 1, 1, tzinfo=ny))
print(t.replace(tzinfo=None), t.timetz(), t.time(), time(1, tzinfo=tokyo).utcoffset())
print(timezone.utc.utcoffset(None), timezone(timedelta(hours=3)).tzname(None), timezone.min, timezone.max)
print(repr(timezone(timedelta(minutes=-90))), str(timezone(timedelta(seconds=30))))
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print('ValueError', e)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print('NotImplementedError', e)
