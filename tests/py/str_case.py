for s in ["hello World", "ÉCOLE élève", "straße", "ǅemal", "ﬁne", "İstanbul", "ΌΣΟΣ ΣΑΣ", "ß", "Ⅻ", "αΣ β", "123abc", ""]:
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()), repr(s.casefold()))
