import re
print(re.sub('(a)', r'<\1>', 'cat'))
re.sub('(a)', r'\9', 'cat')
