print("abc".__getnewargs__(), "abc".__format__(">5"), "Hi".__mod__(()), str.__len__("abcd"))
print("a%sc".__mod__("b"), "x".__eq__("x"), "x".__ne__("y"), "a".__lt__("b"), "a".__lt__(1))
print(str.join("-", ["a", "b"]), str.upper("x"), str.format("{}", 1), "{0}{0}".format("ab"))
print("ABC".lower().upper(), " a ".strip().center(5, "*"), "é".isalpha() and "1".isdigit())
