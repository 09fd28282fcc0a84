print(repr('\a\b\f\n\r\t\v\\\'\"'))
print(repr('\x41\101\u00e9\U0001F600\0'))
print(repr(b'\x41\101\n\0\xff'))
print(repr('line\
continued'))
print(repr('\q \d'), repr(b'\q'))
print(repr('\u20ac'), len('\U0010ffff'))
