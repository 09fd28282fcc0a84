tests = ["", "abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\ncr\r", "back\\slash", "\x00\x01\x7f\x80\x9f\xa0", "é€𝔘", "\u200b\u2028\ufeff", "\U0010ffff", "\ud800", "\udcff", "'", '"', "\x1b[0m", "\u0301", "ÿ"]
for s in tests:
    print(repr(s), ascii(s), len(repr(s)))
print(str("x"), str(), str(5), str(None), str([1, "a"]), str(b"ab"), str(1.5))
print(repr(["a", "b'", 'c"']))
