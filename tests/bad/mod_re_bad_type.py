import re
re.match('a', 5)
