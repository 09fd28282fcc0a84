for s in ["a", "_", "__init__", "1a", "a1", "ä", "变量", "a-b", "a b", "", "class", "ℕ", "x\u0301", "\u0301x", "ªb", "·a", "a·"]:
    print(repr(s), s.isidentifier())
