s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1d\x1e\x85eight\u2028nine\u2029ten\n"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[:3])
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "a\r".splitlines(), "no newline".splitlines())
