for enc in ["cp1252", "windows-1252", "CP1251", "latin2", "iso-8859-15", "koi8-r", "mac-roman", "cp437", "IBM437", "cp866"]:
    text = "Grüße € Привет ΑΒΓ žš ½ ╬"
    b = text.encode(enc, "replace")
    print(enc, b, b.decode(enc))
    try: text.encode(enc)
    except UnicodeEncodeError as e: print(" ", e)
    print(" ", bytes(range(128, 256)).decode(enc, "replace")[:40], text.encode(enc, "xmlcharrefreplace")[:30], text.encode(enc, "ignore"))
for data in [b"\x81", b"a\x8d\x8fb", b"\x98"]:
    try: print(data.decode("cp1252"))
    except UnicodeDecodeError as e: print(e, "|", data.decode("cp1252", "replace"), data.decode("cp1252", "backslashreplace"))
