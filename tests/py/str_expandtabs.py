print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("\tx\n\ty".expandtabs(2)), repr("ab\tc".expandtabs(0)), repr("é\t|".expandtabs(3)))
print(repr("12345678\t9".expandtabs()), repr("a\r\tb".expandtabs(4)), repr("x\t".expandtabs(tabsize=1)))
