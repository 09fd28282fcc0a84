# unicodedata over every code point, summarised per block of 4096.
import unicodedata as ud
for base in range(0, 0x110000, 4096):
    h = 0
    for c in range(base, base + 4096):
        ch = chr(c)
        s = "%s|%s|%s|%d|%d|%s|%s" % (ud.name(ch, ""), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.mirrored(ch), ud.decimal(ch, ""), ud.numeric(ch, ""))
        for x in s: h = (h * 131 + ord(x)) % 1000000007
    if h: print(hex(base), h)
