a = "hello"
b = "hel" + "lo"
print(a == b, a is not None, hash(a) == hash(b))
d = {"k" + str(i): i for i in range(100)}
print(d["k42"], sum(d[k] for k in d), "k99" in d, "k100" in d)
s = set("abc")
print(sorted(s), "a" in s)
import sys
print(sys.intern("x" + "y") == "xy")
