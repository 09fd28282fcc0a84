e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(e)
print(e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError('ascii', b'abc\xff\xfe', 3, 5, 'ordinal not in range(128)')
print(e)
e = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range(128)')
print(e)
e = UnicodeEncodeError('ascii', '\u20ac\u20ac', 0, 2, 'ordinal not in range(128)')
print(e)
e = UnicodeEncodeError('latin-1', '\U0001f600', 0, 1, 'ordinal not in range(256)')
print(e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as err:
    print(type(err).__name__, err)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as err:
    print(type(err).__name__, err)
try:
    UnicodeDecodeError('x')
except TypeError as err:
    print(err)
print(issubclass(UnicodeDecodeError, ValueError))
