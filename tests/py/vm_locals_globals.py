x = 1
def f(a, b=2):
    c = a + b
    def g():
        return c
    return sorted(locals().items(), key=lambda kv: kv[0])[:3]
print(f(1))
print("x" in globals(), globals()["x"])
class K:
    q = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
def v():
    y = 5
    return vars()
print(v())
exec("zz = 3")
print(zz)
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["b"])
print(eval("x + 1"), eval("a * 2", {"a": 4}))
def loc_eval():
    w = 7
    return eval("w + 1")
print(loc_eval())
