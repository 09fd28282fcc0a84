import re
s = 'naïve café — ünïcödé 日本語 text'
print(re.findall(r'\w+', s), [m.span() for m in re.finditer(r'\w+', s)])
print(re.sub(r'[éï]', '_', s), re.split(r'\s+', s))
print(re.search('日本', s).span(), re.search('(?i)CAFÉ', s).group())
print(re.findall(rb'[a-z]+', b'abc 123 def'), re.sub(rb'\d', b'#', b'a1b22'))
print(re.split(rb',', b'a,b,,c'), re.match(rb'(?P<x>\w+)', b'hello').groupdict())
print(re.findall('.', 'añb'), re.escape('añ.b'))
try:
    re.search('a', b'abc')
except TypeError as e:
    print('TypeError', e)
try:
    re.search(b'a', 'abc')
except TypeError as e:
    print('TypeError', e)
print(re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'\S+', ' a\tb\nc '), re.findall(r'\D+', 'a1b2'))
print(re.match(r'\s', '\u3000') is not None, re.match(r'\s', '\u3000', re.A))
