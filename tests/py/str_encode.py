s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"), "𝔘".encode("ascii", "backslashreplace"))
print("abc".encode("ascii"), "é".encode("latin1"), "é".encode("ISO-8859-1"), "é".encode(encoding="Latin_1"), "".encode())
for args in [("ascii",), ("latin-1",), ("utf-8",)]:
    try: "a€é\udcff".encode(*args)
    except UnicodeEncodeError as e: print("UnicodeEncodeError", e.encoding, e.start, e.end, e.reason)
try: "x".encode("nope")
except LookupError as e: print("LookupError", e)
print("a\udcff".encode("utf-8", "surrogateescape"), "a\udcff".encode("utf-8", "surrogatepass"), "a\udcff".encode("ascii", "surrogateescape"))
