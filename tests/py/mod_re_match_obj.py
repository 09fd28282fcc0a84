import re
m = re.search(r'(?P<k>\w+)=(?P<v>\w*)', 'x key=val y')
print(m.start('k'), m.end('v'), m.span('v'), m.string, m.pos, m.endpos, m.re)
print(m.expand(r'\g<v>:\g<k> \2\1'), m.group('k', 'v'), m.groupdict())
print(m[0], m['v'], m[1], len(m.groups()))
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups(''), m.span(2), m.lastindex)
m = re.compile(r'\d+').search('ab123cd', 3, 5)
print(m, m.pos, m.endpos)
print(re.compile(r'^\w').match('xy', 1), re.compile(r'\w').match('xy', 1))
print(re.fullmatch(r'\d+', '123abc', ) is None, re.compile(r'\d+').fullmatch('123abc', 0, 3))
print(re.match(r'(?P<a>x)|(?P<b>y)', 'y').lastgroup, re.match('(x)', 'x').lastgroup)
try:
    re.match('(a)', 'a').group(2)
except IndexError as e:
    print('IndexError', e)
print(type(re.match('a', 'a')).__name__, type(re.compile('a')).__name__)
print(re.Match, re.Pattern)
