import re
print(re.compile('a+').pattern)
re.compile('(abc')
