s = "ab" * 10000
print(len(s), s.count("ab"), s.find("ba", 5000), s[19998:], len(s.split("b")), len(s.replace("a", "xyz")))
u = "é€" * 5000
print(len(u), u[9999], u[5000:5004], u.count("€"), u.rfind("é"), len(u.encode()), u[::-1][:4], len(u.upper()))
t = "".join(chr(0x4e00 + i) for i in range(100))
print(len(t), t[50], t.index(chr(0x4e00 + 77)), t[10:13])
