print(format("abc"), format("abc", ""), format("abc", "^9"), format(1.5), format(10, "b"), format(True), format(None))
print(format(3, "*>5"), format(-3, "=5"), format(-3, "05"), format(3, "+05"), format("x", "x<3"), format(255, "#06x"))
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(12, "c"), format(1e100, "g"), format(-1.5e-10, "E"))
class C:
    def __format__(self, spec): return "C(" + spec + ")"
print(format(C(), "xyz"), "{:abc}".format(C()), f"{C():q}", format(C()))
try: format(object(), "x")
except TypeError as e: print("TypeError", e)
try: format(1, 5)
except TypeError as e: print("TypeError", e)
