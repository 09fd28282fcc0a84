import re, copy
sc = re.compile(r'\d+|[a-z]+').scanner('ab12cd 7')
print([m.group() for m in iter(sc.search, None)])
sc = re.compile(r'\w').scanner('ab c')
print([m.group() for m in iter(sc.match, None)])
print(re.Pattern[str], re.Match[bytes], copy.copy(re.compile('x')) == re.compile('x'))
print(re.compile('a*').scanner('baa').search().span())
