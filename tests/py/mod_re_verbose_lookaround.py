import re
phone = re.compile(r'''
    (?P<area>\(\d{3}\)|\d{3})   # area code
    [\s.-]?                     # separator
    (?P<num>\d{3}[\s.-]?\d{4})  # number
''', re.VERBOSE)
for s in ['(555) 123-4567', '555.123.4567', '5551234567', 'no phone']:
    m = phone.search(s)
    print(s, '->', m and m.groupdict())
print(re.findall(r'\b\w+(?=ing\b)', 'going singing sing'), re.findall(r'(?<=\$)\d+', '$10 and $200'))
print(re.sub(r'(?<!\d)(\d{3})(?!\d)', r'<\1>', '12 123 1234'), re.findall(r'(?<![a-z])[A-Z]', 'aB C dE'))
print(re.split(r'(?<=[.!?]) +', 'One. Two! Three? Four'))
print(re.sub(r'(?m)^\s+|\s+$', '', '  a  \n   b  '), re.sub(r'\s+', ' ', 'a \t\n b'))
print(re.findall(r'(?s)<b>(.*?)</b>', '<b>x\ny</b><b>z</b>'), re.findall(r'(?i)[a-c]+', 'ABCabcD'))
print(re.match(r'(?x) a b # comment', 'ab'), re.match(r'(?x)[ ]', ' '))
print(re.sub(r'(\d+)', lambda m: str(int(m[1]) ** 2), '3 4 12'), re.sub('a|b', lambda m: m.group().upper(), 'abc'))
tokens = re.compile(r'\s*(?:(\d+\.?\d*)|(.))')
print([(n, op) for n, op in tokens.findall('3.5 + 42*(7 - 1)')])
