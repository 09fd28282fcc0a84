class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "": return "$%d" % self.v
        if spec == "cents": return "%d¢" % (self.v * 100)
        return format(self.v, spec)
m = Money(3)
print(format(m), format(m, "cents"), format(m, "05d"), "{}|{:cents}|{:>6}".format(m, m, m), f"{m}|{m:cents}|{m!s:.3}")
class NoFormat: pass
try: format(NoFormat(), "d")
except TypeError as e: print("TypeError", e)
print(format(NoFormat(), "").startswith("<"))
class BadFormat:
    def __format__(self, spec): return 5
try: format(BadFormat())
except TypeError as e: print("TypeError", e)
