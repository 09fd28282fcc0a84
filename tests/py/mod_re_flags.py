import re
print(re.I, re.M, re.S, re.X, re.A, re.U, int(re.I), re.I | re.S, re.IGNORECASE == 2)
print(re.findall('^a', 'a\na', re.M), re.findall('^a', 'a\na'))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S))
print(re.match('ABC', 'abc', re.I))
p = re.compile(r'''
    (\d+)   # number
    \s*
    ([a-z]+) # unit
''', re.X)
print(p.match('12 kg').groups())
print(re.compile('x', re.I | re.M))
print(re.compile('x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags)
print(re.search(r'$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span(), re.search(r'\A', 'ab').span())
print(re.match(r'\d', '٣'), re.match(r'\d', '٣', re.A))
print(re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'))
re.purge()
print(re.compile('(?i)a').match('A'))
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
