print(chr(65), chr(0x263A), chr(0x10FFFF) == '\U0010ffff', ord('a'), ord('\u20ac'), ord(b'A'), ord(bytearray(b'z')))
print([ord(c) for c in 'héllo'])
tests = [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(2**70), lambda: chr(1.5), lambda: ord('ab'),
         lambda: ord(''), lambda: ord(1), lambda: ord(b'ab'), lambda: chr(), lambda: ord(x='a')]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
