# A small log-analysis program: argparse + re + datetime + json together.
import argparse, json, re
from datetime import datetime, timedelta

LOG = """2024-03-01 12:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-03-01 12:05:17 WARN  user=bob action=fail ip=10.0.0.2 reason="bad password"
2024-03-01 12:06:00 INFO  user=bob action=login ip=10.0.0.2
2024-03-01 13:15:45 ERROR user=carol action=crash ip=10.0.0.3 reason="null pointer"
2024-03-02 08:00:00 INFO  user=alice action=logout ip=10.0.0.1
"""
LINE = re.compile(r'^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?P<level>[A-Z]+)\s+(?P<rest>.*)$', re.M)
FIELD = re.compile(r'(\w+)=("([^"]*)"|\S+)')

def parse(text):
    for m in LINE.finditer(text):
        fields = {k: (q if q else v) for k, v, q in FIELD.findall(m['rest'])}
        yield datetime.strptime(m['ts'], '%Y-%m-%d %H:%M:%S'), m['level'], fields

p = argparse.ArgumentParser(prog='logs')
p.add_argument('--level', action='append', choices=['INFO', 'WARN', 'ERROR'])
p.add_argument('--since', type=lambda s: datetime.fromisoformat(s))
p.add_argument('--json', action='store_true')
for argv in [[], ['--level', 'WARN', '--level', 'ERROR'], ['--since', '2024-03-01T12:06', '--json']]:
    args = p.parse_args(argv)
    rows = [(ts, lvl, f) for ts, lvl, f in parse(LOG)
            if (not args.level or lvl in args.level) and (not args.since or ts >= args.since)]
    if args.json:
        print(json.dumps([{'time': ts.isoformat(), 'level': lvl, **f} for ts, lvl, f in rows], indent=2, sort_keys=True))
    else:
        for ts, lvl, f in rows:
            print(ts.strftime('%d %b %H:%M'), lvl.ljust(5), f['user'], f.get('reason', '-'))
    span = rows[-1][0] - rows[0][0] if rows else timedelta(0)
    print('span', span, 'users', sorted({f['user'] for _, _, f in rows}))
print(re.sub(r'ip=(\d+)\.(\d+)\.\d+\.\d+', r'ip=\1.\2.x.x', LOG.splitlines()[0]))
