raw = b"ok \xff\xfe end"
s = raw.decode("utf-8", "surrogateescape")
print(repr(s), len(s), s.encode("utf-8", "surrogateescape") == raw, s.isprintable(), ascii(s))
print(repr(s.upper()), repr(s[3:5]), s.count("\udcff"), s.find("\udcfe"), repr(s.replace("\udcff", "?")))
for h in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogatepass"):
    try: print(h, s.encode("utf-8", h))
    except UnicodeEncodeError as e: print(h, "UnicodeEncodeError", e.start, e.end)
print(repr("\ud83d\ude00"), len("\ud83d\ude00"), "\ud83d\ude00" == "\U0001f600")
