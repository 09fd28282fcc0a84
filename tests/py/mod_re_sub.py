import re
print(re.sub(r'(\d+)', r'<\1>', 'a1b22c'))
print(re.sub(r'(?P<n>\d+)', r'[\g<n>|\g<0>]', 'x12y3'))
print(re.sub(r'a', r'\n\t\\', 'bab'))
print(repr(re.sub('a', r'\0', 'a')), repr(re.sub('(a)', r'\10', 'a')) if False else '')
print(re.subn(r'\s+', ' ', '  lots   of  space  '))
print(re.sub(r'\s+', ' ', '  lots   of  space  ', count=2))
print(re.sub('', '-', 'abc'), re.sub('b*', '-', 'abc'), re.sub('(b)*', r'[\1]', 'abc'))
def up(m):
    return m.group(0).upper()
print(re.sub(r'\b\w', up, 'hello big world'))
print(re.sub(rb'\d', b'#', b'a1b2'), re.sub(rb'(\d)', rb'<\1>', b'a1'))
print(re.sub('x', lambda m: '', 'axbxc'))
print(re.compile(r'(\w+)@(\w+)\.com').sub(r'\2:\1', 'me@site.com you@web.com'))
for bad in [r'\2', r'\g<x>', r'\g<1', r'\q', 'a\\']:
    try:
        print(re.sub('(a)', bad, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
print(re.sub('(?m)^', '> ', 'one\ntwo'))
