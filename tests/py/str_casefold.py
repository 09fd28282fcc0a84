for s in ["Straße", "ΣΑΣ", "ﬃ", "İ", "Ǆ", "ŉ", "ΐ", "Ａ", "ẞ", "µ", "ſ", "ﬅ"]:
    print(repr(s), repr(s.casefold()), repr(s.lower()), repr(s.upper()), s.casefold() == s.lower())
print("Straße".casefold() == "STRASSE".casefold())
