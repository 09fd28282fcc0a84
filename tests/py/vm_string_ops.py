s = "abc"
s += "def"
print(s, s * 2, 3 * "x", s[::-1], len(s))
print("-".join(str(i) for i in range(4)))
name, n = "x", 3
print(f"{name}:{n:03d}:{n * 1.5:.2f}:{name!r:>5}")
print("%s-%d" % ("a", 5), "{}/{}".format(1, 2))
print(f"{'nested ' + f'{n}'}")
w = 10
print(f"{n:{w}}|{n:<{w}}|")
print(f"{[1, 2][0]}, {dict(a=1)['a']}, {n if n else 0}")
