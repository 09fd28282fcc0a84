a, b = "foo", "bär"
print(a + b, a * 3, 3 * b, a * 0, a * -1, "" * 5, (a + b) * 2)
print(a < b, a <= a, "a" < "b", "abc" < "abd", "ab" < "abc", "é" > "z", "€" > "é", "Z" < "a", "a" == "a", "a" != "b")
print("o" in a, "oo" in a, "" in a, "ä" in b, "x" in b, max("abc"), min("cab"), sorted("cba"))
print(hash("abc") == hash("ab" + "c"), len(a + b), a.__len__(), "x".__add__("y"), "ab".__mul__(2), "ab".__rmul__(2), "ab".__contains__("b"))
print(sorted(["b", "a", "é", "B", "€", "aa"]))
x = "a"
x += "b"
x *= 2
print(x)
