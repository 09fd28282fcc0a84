s = "abababab"
print(s.count("ab"), s.count("aba"), s.count("b", 3), s.count("a", 2, 5), s.count(""), s.count("", 3), s.count("", 10))
print("ééé€€".count("é"), "ééé€€".count("€", 3), "ééé€€".count(""), "".count(""), "".count("a"))
print("aaaa".count("aa"), "abc".count("abcd"), "abc".count("c", -1))
