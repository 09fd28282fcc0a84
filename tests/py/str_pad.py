print(repr("abc".center(9)), repr("abc".center(8)), repr("ab".center(9, "*")), repr("abc".center(2)), repr("".center(4, "é")))
print(repr("abc".ljust(6)), repr("abc".ljust(6, "-")), repr("abc".rjust(6)), repr("abc".rjust(6, "€")), repr("é".rjust(3)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3), "é".zfill(3))
for args in [(5, "ab"), (5, ""), (5, 1)]:
    try: "a".center(*args)
    except TypeError as e: print("TypeError", e)
try: "a".ljust("5")
except TypeError as e: print("TypeError", e)
