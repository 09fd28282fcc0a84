import unicodedata as ud
print(ud.unidata_version)
for ch in "aZ5 é€½²٣\u0301\u200b中가힣\U0001f600\u3000\x00\t\u05d0\u0627(\uac01\U00020000\ufb01\u2028":
    print(hex(ord(ch)), ud.name(ch, None), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.mirrored(ch), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))
for n in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E2D", "HYPHEN-MINUS", "TIBETAN MARK TSA -PHRU", "GRINNING FACE", "SPACE"]:
    try: print(n, hex(ord(ud.lookup(n))))
    except KeyError as e: print("KeyError", e)
for n in ["NOT A NAME", "LATIN SMALL LETTER"]:
    try: ud.lookup(n)
    except KeyError as e: print("KeyError", e)
for f in ["NFC", "NFD", "NFKC", "NFKD"]:
    s = "e\u0301 \u00e9 \ufb01 \u2460 \uac00 \u1100\u1161"
    print(f, ascii(ud.normalize(f, s)), ud.is_normalized(f, s))
for bad in [lambda: ud.name("ab"), lambda: ud.name("\x00"), lambda: ud.decimal("a"), lambda: ud.digit("a"), lambda: ud.numeric("a"), lambda: ud.normalize("X", "a")]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
n = 0
for c in range(0x110000):
    nm = ud.name(chr(c), None)
    if nm is not None:
        n += 1
        if c % 97 == 0 and ud.lookup(nm) != chr(c): print("mismatch", hex(c))
print(n)
