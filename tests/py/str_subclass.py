class Name(str):
    def greet(self): return "hi " + self
    def __repr__(self): return "Name(" + str.__repr__(self) + ")"
n = Name("bob")
print(n, repr(n), n.greet(), n.upper(), type(n.upper()).__name__, n == "bob", hash(n) == hash("bob"), {n: 1}["bob"])
print(len(n), n[0], n[::-1], n + "!", "!" + n, n * 2, "%s|%r" % (n, n), "{}|{!r}".format(n, n), f"{n}|{n!r}|{n:>5}")
print(isinstance(n, str), issubclass(Name, str), str(n), type(str(n)).__name__, n.startswith("b"), "o" in n, sorted([Name("b"), "a", Name("c")]))
class Up(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
u = Up("abc")
print(u, type(u).__name__, u.lower(), u.attr if hasattr(u, "attr") else "noattr")
u.attr = 5
print(u.attr, vars(u))
