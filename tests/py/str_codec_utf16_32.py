tests=[b'a',b'\xff\xfea',b'\x00\xd8a\x00',b'\x00\xdc',b'\x00\xd8',b'a\x00\x00\xd8\x00\xdc',b'\x00\x00\x11\x00',b'\x00\xd8\x00\x00',b'abc', b'\xfe\xff\x00a', b'\x00\x00\xfe\xff\x00\x00\x00a', b'\xff\xfe\x00\x00a\x00\x00\x00']
for enc in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-le', 'UTF16', 'utf_32_be']:
    for t in tests:
        try: print(enc, t, repr(t.decode(enc)))
        except UnicodeDecodeError as e: print(enc, t, e, '|', repr(t.decode(enc,'replace')), repr(t.decode(enc, 'backslashreplace')), repr(t.decode(enc, 'ignore')))
for enc in ['utf-16','utf-16-be','utf-32','utf-32-be', 'utf-16-le', 'utf-32-le']:
    print(enc, 'a\U0001f600é'.encode(enc), "".encode(enc), 'x'.encode(enc).decode(enc))
    try: 'a\udcff\udcfe'.encode(enc)
    except UnicodeEncodeError as e: print(e)
    print('a\udcff'.encode(enc,'replace'), 'a\udcff'.encode(enc,'surrogatepass'), 'a\udcff'.encode(enc,'backslashreplace'), 'a\udcff'.encode(enc,'ignore'), 'a\udcff'.encode(enc,'xmlcharrefreplace'))
    s = "mixed é€ \U0001f600 text"
    print(s.encode(enc).decode(enc) == s, len(s.encode(enc)))
