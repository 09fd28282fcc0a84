import re
for p in ['(', ')', '[', 'a{3,2}', '+a', 'a**', '(?P<>a)', '(?P<a>x)(?P<a>y)', '(?P=missing)', r'\k', 'a\\',
          '(?<=a+)b', '[z-a]', r'(?Px)', '(?z)']:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e.msg, '|', e.pos)
e = re.error('msg', 'pat\ntern', 5)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
try:
    re.compile('a', flags=re.L)
except ValueError as e:
    print('ValueError', e)
