s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("o", 5, 8), s.find("zz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 5), s.rfind(""), s.rfind("x"))
print(s.find("l", -5), s.find("l", -100, -3), s.rfind("l", None, None))
print(s.index("world"), s.rindex("l"))
for f in (s.index, s.rindex):
    try: f("nope")
    except ValueError as e: print("ValueError", e)
u = "héllo wörld ünïcode €uro"
print(u.find("wörld"), u.find("€"), u.rfind("o"), u.find("ü", 3), u.index("uro"), u.rfind("l", 0, 5))
print("abc".find("c", 2, 2), "abc".find("", 3), "abc".find("", 4), "".find(""))
