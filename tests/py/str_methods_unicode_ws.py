ws = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\x1c\x1d\x1e\x1f\x85"
s = ws + "word" + ws + "two" + ws
print(s.split(), repr(s.strip()), repr(s.lstrip()[:4]), repr(s.rstrip()[-3:]), len(s.splitlines()), ws.isspace(), "\u200b".isspace())
print(repr("a\u2028b\u2029c\x85d".splitlines(True)))
