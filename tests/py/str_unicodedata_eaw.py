import unicodedata as ud
for base in range(0, 0x110000, 4096):
    h = 0
    for c in range(base, base + 4096):
        s = ud.east_asian_width(chr(c)) + "|" + ud.decomposition(chr(c))
        for x in s: h = (h * 131 + ord(x)) % 1000000007
    print(hex(base), h)
print(ud.east_asian_width("中"), ud.east_asian_width("a"), ud.east_asian_width("ｱ"), ud.decomposition("é"), ud.decomposition("ﬁ"), repr(ud.decomposition("a")))
