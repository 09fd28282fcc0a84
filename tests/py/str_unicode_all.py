# Every code point's predicates and case mappings, summarised per block of 256.
import sys
acc = []
for base in range(0, 0x110000, 256):
    h = 0
    for c in range(base, base + 256):
        ch = chr(c)
        bits = (ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(), ch.isprintable(), ch.islower(), ch.isupper(), ch.istitle(), ch.isidentifier(), ("a" + ch).isidentifier())
        v = 0
        for b in bits: v = v * 2 + b
        h = (h * 31 + v) % 1000000007
        for m in (ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase()):
            for x in m: h = (h * 131 + ord(x)) % 1000000007
    acc.append(h)
bad = [hex(i * 256) for i in range(len(acc))]
print(len(acc))
for i in range(0, len(acc), 16):
    print(hex(i * 256), " ".join(str(x % 10000) for x in acc[i:i + 16]))
