tests = ["", "abc", "ABC", "Abc", "abc1", "123", "١٢٣", "½", "²", "一二三", " \t\n", "\u3000", "a b", "é", "É", "Ǆ", "ǅ", "_x1", "1x", "x y", "\x00", "€", "a\u0301", "ⅷ", "\u00a0", "\x1f", "print", "𝔘𝔫𝔦"]
for s in tests:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
