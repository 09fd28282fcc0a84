import re
m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?', '2024-05 rest')
print(m.group(), m.group('year'), m.group(1, 2, 3), m.groups(), m.groups('-'))
print(m.groupdict(), m.groupdict(0), m.start(), m.end(), m.span('month'), m.start(3), m.end(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern, m.regs)
try:
    m.group(5)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
p = re.compile(r'(a)(b)(c)?')
print(p.groups, p.groupindex, re.compile(r'(?P<x>a)(?P<y>b)').groupindex)
m = p.search('xxab')
print(m, m[0], m[1], m[3], bool(m))
print(re.match(r'((a)|b)+', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'(?P<w>\w+) (?P=w)', 'hey hey you'), re.match(r'(\w+) \1', 'no yes'))
print(re.search(r'(?i)straße', 'STRASSE'), re.search('(?i)é', 'É'))
print(re.match(r'(?:ab)+', 'ababx').group(), re.match(r'a(?=b)', 'ab'), re.match(r'a(?!b)', 'ab'))
print(re.search(r'(?<!x)y', 'xyay').span(), re.match(r'(a)?(?(1)b|c)', 'c'))
