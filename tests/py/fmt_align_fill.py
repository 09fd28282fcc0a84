for fill in "*-0é€ ":
    for align in "<>^":
        print(repr(format("ab", fill + align + "6")), repr(format(12, fill + align + "6")), repr(format(1.5, fill + align + "7")), repr(format(-3, fill + "=6")))
