for f in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" < 1, lambda: 1 in "a", lambda: "a" - "b", lambda: -"a"):
    try: f()
    except TypeError as e: print("TypeError", e)
s = "abc"
try: s[0] = "x"
except TypeError as e: print("TypeError", e)
try: del s[0]
except TypeError as e: print("TypeError", e)
class R:
    def __radd__(self, o): return "radd:" + o
    def __rmul__(self, o): return "rmul:" + o
print("x" + R(), "y" * R())
