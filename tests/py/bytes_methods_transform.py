b = b"Hello World \xe9"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b"hello world".capitalize(), b"they're".title())
print(b"  x  ".strip(), b"  x  ".lstrip(), b"  x  ".rstrip(), b"xxaxx".strip(b"x"), b"abc".strip(b"ac"), b"\t\n x\x0b".strip())
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"bc", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 1))
print(b"ab".center(6), b"ab".center(7, b"*"), b"ab".ljust(4, b"-"), b"ab".rjust(4), b"42".zfill(5), b"-42".zfill(5), b"a\tb".expandtabs(4))
print(b"prefix_x".removeprefix(b"prefix_"), b"x_suffix".removesuffix(b"_suffix"), b"abc".removeprefix(b"z"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcabc".translate(None, b"b"), b"abc".translate(t, b"a"))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isalpha())
for f in (lambda: b"a".center(5, "x"), lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"a", b"bc"), lambda: b"a".strip("a"), lambda: b"a".replace("a", "b")):
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
